package io.newsdesk.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Every public query here includes {@link Visibility#JPQL}; the admin queries, which see
 * everything, are named so.
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

	String VISIBLE = Visibility.JPQL;

	@Query("select distinct a from Article a join fetch a.section left join fetch a.tags where a.slug = :slug and "
			+ VISIBLE)
	Optional<Article> findVisibleBySlug(String slug, Instant now);

	/*
	 * Public lists are slices, not pages: counting every visible article costs a full
	 * scan (about 270 ms at 200,000 articles, see docs/database.md) while the page itself
	 * is an index walk of 21 rows. Readers get "Newer" and "Older" links, not a page
	 * total.
	 */

	@Query("select a from Article a join fetch a.section where " + VISIBLE + " order by a.publishAt desc, a.id desc")
	Slice<Article> findVisible(Instant now, Pageable pageable);

	@Query("select a from Article a join fetch a.section where a.section.id = :sectionId and " + VISIBLE
			+ " order by a.publishAt desc, a.id desc")
	Slice<Article> findVisibleInSection(Long sectionId, Instant now, Pageable pageable);

	/*
	 * A tag's page is found in its links alone (index article_tag_public_idx, V27):
	 * joining the articles first meant sorting all 374,000 stories of the largest tag to
	 * show page 500. Only the page's rows are then read, through VISIBLE again.
	 */
	@Query("select a from Article a join fetch a.section where " + VISIBLE
			+ " and a.id in (select t.articleId from TagListing t where t.tagId = :tagId and "
			+ Visibility.TAG_LINK_JPQL
			+ " order by t.publishAt desc, t.articleId desc offset :offset rows fetch first :limit rows only)"
			+ " order by a.publishAt desc, a.id desc")
	List<Article> findVisibleWithTag(Long tagId, Instant now, long offset, int limit);

	@Query("select a from Article a join fetch a.section where a.id in :ids and " + VISIBLE)
	List<Article> findVisibleByIds(Collection<Long> ids, Instant now);

	boolean existsBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, Long id);

	/** Admin form: articles an editor may pick as related, newest first. */
	@Query("select a from Article a join fetch a.section where " + VISIBLE + " order by a.publishAt desc, a.id desc")
	List<Article> findVisibleForPicking(Instant now, Limit limit);

	@Query("select a from Article a join fetch a.section where a.id in :ids")
	List<Article> findAllWithSectionByIdIn(Collection<Long> ids);

	/**
	 * When the next scheduled story becomes visible, if any: until then the public pages
	 * cannot change by themselves (the page cache keeps them no longer). Published but
	 * not yet visible, the complement of {@link Visibility#JPQL}'s time rule.
	 */
	@Query("select min(a.publishAt) from Article a where a.status = io.newsdesk.article.ArticleStatus.PUBLISHED"
			+ " and a.publishAt > :now and a.deletedAt is null")
	Optional<Instant> findNextScheduledPublishAfter(Instant now);

	/**
	 * Withdrawn or deleted after readers could see it: see {@link Visibility#GONE_JPQL}.
	 */
	@Query("select count(a) > 0 from Article a where a.slug = :slug and " + Visibility.GONE_JPQL)
	boolean isGoneBySlug(String slug, Instant now);

	/** An author's page and feed: visible articles naming them among the authors. */
	@Query("select a from Article a join fetch a.section where " + VISIBLE
			+ " and a.id in (select t.id from Article t join t.authorIds author where author = :authorId)"
			+ " order by a.publishAt desc, a.id desc")
	Slice<Article> findVisibleByAuthor(Long authorId, Instant now, Pageable pageable);

}
