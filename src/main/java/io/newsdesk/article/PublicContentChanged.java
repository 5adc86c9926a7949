package io.newsdesk.article;

/**
 * Something readers can see may have changed: an article was created, edited, published,
 * unpublished or deleted. Published by whatever writes content (ArticleEditor today),
 * inside its transaction; the page cache (io.newsdesk.pagecache) reacts to it, so writers
 * need not know a cache exists.
 */
public record PublicContentChanged() {

}
