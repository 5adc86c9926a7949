package io.newsdesk.article;

/**
 * The single definition of "visible to the public": published, its publish time has come,
 * and not deleted. Every public query includes one of these fragments and binds
 * {@code :now} from the injected clock, so a draft or a scheduled story can never leak
 * through a page that forgot the rule.
 */
public final class Visibility {

	/** JPQL, for an {@code Article} aliased {@code a}. */
	public static final String JPQL = "(a.status = io.newsdesk.article.ArticleStatus.PUBLISHED and a.publishAt <= :now"
			+ " and a.deletedAt is null)";

	/** SQL, for the {@code article} table aliased {@code a}. */
	public static final String SQL = "(a.status = 'PUBLISHED' and a.publish_at <= :now and a.deleted_at is null)";

	/**
	 * SQL, for the {@code article_tag} table aliased {@code t}: the link's copy of its
	 * article's state (migration V27 keeps {@code listed} = published and not deleted,
	 * and {@code publish_at}, by trigger), so a tag's visible stories are one index walk
	 * in reading order. The time condition stays here, bound to the clock like the
	 * others.
	 */
	public static final String TAG_LINK_SQL = "(t.listed and t.publish_at <= :now)";

	/** {@link #TAG_LINK_SQL} in JPQL, for a {@code TagListing} aliased {@code t}. */
	public static final String TAG_LINK_JPQL = "(t.listed = true and t.publishAt <= :now)";

	/**
	 * JPQL for "gone": readers could once see it (its first publish time has come), and
	 * it was withdrawn or deleted. Its URL answers 410 Gone instead of 404, so search
	 * engines drop it and readers learn it was taken down on purpose. A draft that never
	 * went public stays a plain 404: its address should not leak.
	 */
	public static final String GONE_JPQL = "(a.firstPublishedAt <= :now"
			+ " and (a.status = io.newsdesk.article.ArticleStatus.UNPUBLISHED or a.deletedAt is not null))";

	private Visibility() {
	}

}
