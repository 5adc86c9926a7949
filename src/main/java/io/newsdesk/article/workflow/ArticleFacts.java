package io.newsdesk.article.workflow;

import java.time.Instant;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleStatus;

/**
 * What the workflow needs to know about an article, apart from who is acting.
 *
 * @param status its state; {@code null} for an article not saved yet
 * @param everPublished whether readers could ever have seen it (a writer may delete only
 * a draft that never was public)
 * @param deleted whether it is in the Deleted view
 */
public record ArticleFacts(ArticleStatus status, boolean everPublished, boolean deleted) {

	/** The article being created by the form. */
	public static final ArticleFacts NEW = new ArticleFacts(null, false, false);

	public static ArticleFacts of(Article article, Instant now) {
		return new ArticleFacts(article.getStatus(), article.wasPublicBefore(now), article.isDeleted());
	}

	public boolean isNew() {
		return this.status == null;
	}

}
