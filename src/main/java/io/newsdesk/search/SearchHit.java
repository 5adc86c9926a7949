package io.newsdesk.search;

/**
 * One search result as the page shows it. {@code snippetHtml} is the article's text,
 * HTML-escaped, with the matched words wrapped in {@code <mark>}: the only markup in it
 * is ours.
 */
public record SearchHit(String headline, String url, String sectionName, String sectionUrl, String publishedIso,
		String publishedDisplay, String snippetHtml) {
}
