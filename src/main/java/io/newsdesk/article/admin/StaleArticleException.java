package io.newsdesk.article.admin;

/**
 * Someone saved the article after this editor opened it; their save must not be
 * overwritten.
 */
class StaleArticleException extends RuntimeException {

	StaleArticleException() {
		super("The article was saved by someone else after it was opened");
	}

}
