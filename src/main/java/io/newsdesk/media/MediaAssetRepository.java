package io.newsdesk.media;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MediaAssetRepository extends JpaRepository<MediaAsset, Long> {

	/** A page of the library, newest first; renditions come by batch fetch. */
	@Query(value = "select m from MediaAsset m order by m.uploadedAt desc, m.id desc",
			countQuery = "select count(m) from MediaAsset m")
	Page<MediaAsset> findNewest(Pageable pageable);

	/**
	 * Case-insensitive substring search of alt text, caption and credit. {@code pattern}
	 * is already {@code %escaped%}. A sequential scan: a newsroom's library is thousands
	 * of rows, not millions; pg_trgm would be the next step.
	 */
	@Query(value = "select m from MediaAsset m where lower(m.altText) like :pattern escape '\\' "
			+ "or lower(m.caption) like :pattern escape '\\' or lower(m.credit) like :pattern escape '\\' "
			+ "order by m.uploadedAt desc, m.id desc",
			countQuery = "select count(m) from MediaAsset m where lower(m.altText) like :pattern escape '\\' "
					+ "or lower(m.caption) like :pattern escape '\\' or lower(m.credit) like :pattern escape '\\'")
	Page<MediaAsset> search(@Param("pattern") String pattern, Pageable pageable);

	/** The images of a whole page of articles in one statement. */
	@Query("select distinct m from MediaAsset m left join fetch m.renditions where m.id in :ids")
	List<MediaAsset> findWithRenditions(@Param("ids") Collection<Long> ids);

	/**
	 * For the article form's picker: the most recent images, without their renditions.
	 */
	List<MediaAsset> findTop100ByOrderByUploadedAtDescIdDesc();

	long countByIdIn(Collection<Long> ids);

}
