package io.newsdesk.article;

import java.time.Instant;

/**
 * What a card needs of an article, read without the body: loading whole articles for a
 * list of ten read three large text columns each (the Markdown, the HTML and the plain
 * text), which at a million articles cost more than ranking the Related Articles rail.
 */
public record CardRow(Long id, String slug, String headline, String standfirst, String byline, Instant publishAt,
		String sectionName, String sectionSlug) {

	public String url() {
		return Article.urlOf(this.slug);
	}

}
