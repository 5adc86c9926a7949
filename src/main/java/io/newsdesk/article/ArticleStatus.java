package io.newsdesk.article;

/**
 * Stored state of an article. "Scheduled" is not stored: it is a published article whose
 * publish time has not come yet (see {@link Visibility}).
 */
public enum ArticleStatus {

	DRAFT, PUBLISHED

}
