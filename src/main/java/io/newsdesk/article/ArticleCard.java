package io.newsdesk.article;

/**
 * An article as a list shows it (front page, section, tag and author pages, the rail).
 * Dates are already formatted in the site's time zone.
 */
public record ArticleCard(String headline, String url, String standfirst, String sectionName, String sectionUrl,
		String publishedIso, String publishedDisplay, Byline byline) {
}
