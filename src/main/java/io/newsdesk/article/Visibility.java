package io.newsdesk.article;

/**
 * The single definition of "visible to the public": published, and its publish time has
 * come. Every public query includes one of these fragments and binds {@code :now} from
 * the injected clock, so a draft or a scheduled story can never leak through a page that
 * forgot the rule.
 */
public final class Visibility {

	/** JPQL, for an {@code Article} aliased {@code a}. */
	public static final String JPQL = "(a.status = io.newsdesk.article.ArticleStatus.PUBLISHED and a.publishAt <= :now)";

	/** SQL, for the {@code article} table aliased {@code a}. */
	public static final String SQL = "(a.status = 'PUBLISHED' and a.publish_at <= :now)";

	private Visibility() {
	}

}
