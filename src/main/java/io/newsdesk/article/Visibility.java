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
