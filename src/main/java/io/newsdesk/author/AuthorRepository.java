package io.newsdesk.author;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Author profiles joined with their staff accounts. */
interface AuthorRepository extends JpaRepository<AuthorProfile, Long> {

	String AUTHOR = "select new io.newsdesk.author.Author(s.id, s.username, s.displayName, s.role, s.enabled, p.slug,"
			+ " p.bio, p.photoMediaId) from AuthorProfile p join StaffUser s on s.id = p.staffUserId";

	@Query(AUTHOR + " where p.slug = :slug")
	Optional<Author> findAuthorBySlug(String slug);

	@Query(AUTHOR + " where s.id = :id")
	Optional<Author> findAuthorById(Long id);

	@Query(AUTHOR + " order by lower(s.displayName), s.id")
	List<Author> findAllAuthors();

	/** Who can be picked as an author: active accounts, and anyone already chosen. */
	@Query(AUTHOR + " where s.enabled = true or s.id in :chosen order by lower(s.displayName), s.id")
	List<Author> findPickable(Collection<Long> chosen);

	@Query("select count(s) from StaffUser s where s.id in :ids")
	long countStaff(Collection<Long> ids);

	boolean existsBySlugAndStaffUserIdNot(String slug, Long staffUserId);

	/**
	 * The display name belongs to the account (io.newsdesk.staff), which has no setter
	 * for it; it is also the author's public name, so the profile page edits it.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update StaffUser s set s.displayName = :displayName where s.id = :id")
	int updateDisplayName(Long id, String displayName);

}
