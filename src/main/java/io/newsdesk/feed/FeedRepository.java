package io.newsdesk.feed;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.newsdesk.article.Article;
import io.newsdesk.article.Visibility;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The feeds' reads: every item query includes {@link Visibility#JPQL}, so drafts and
 * scheduled stories never reach a feed reader. Items come as projections (no entity state
 * to flush, no lazy section); their tags are read for all items in one query.
 */
interface FeedRepository extends Repository<Article, Long> {

	String ENTRY = "select new io.newsdesk.feed.FeedEntry(a.id, a.slug, a.headline, a.standfirst, a.byline,"
			+ " a.publishAt, a.updatedAt) from Article a where " + Visibility.JPQL;

	String NEWEST_FIRST = " order by a.publishAt desc, a.id desc";

	@Query(ENTRY + NEWEST_FIRST)
	List<FeedEntry> findLatest(Instant now, Limit limit);

	@Query(ENTRY + " and a.section.id = :sectionId" + NEWEST_FIRST)
	List<FeedEntry> findLatestInSection(Long sectionId, Instant now, Limit limit);

	@Query(ENTRY + " and a.id in (select t.id from Article t join t.tags tag where tag.id = :tagId)" + NEWEST_FIRST)
	List<FeedEntry> findLatestWithTag(Long tagId, Instant now, Limit limit);

	/**
	 * An author's feed: like their page, visible articles naming them among the authors.
	 */
	@Query(ENTRY + " and a.id in (select t.id from Article t join t.authorIds author where author = :authorId)"
			+ NEWEST_FIRST)
	List<FeedEntry> findLatestByAuthor(Long authorId, Instant now, Limit limit);

	@Query("select new io.newsdesk.feed.FeedCategory(a.id, t.slug, t.name) from Article a join a.tags t"
			+ " where a.id in :articleIds order by t.name")
	List<FeedCategory> findCategories(Collection<Long> articleIds);

}
