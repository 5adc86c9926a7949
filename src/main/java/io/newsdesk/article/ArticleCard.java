package io.newsdesk.article;

/**
 * An article as a list shows it (front page, section and tag pages, the rail). Dates are
 * already formatted in the site's time zone.
 */
public record ArticleCard(String headline, String url, String standfirst, String sectionName, String sectionUrl,
		String publishedIso, String publishedDisplay) {
}
