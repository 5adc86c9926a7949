package io.newsdesk.article;

import io.newsdesk.media.MediaImage;

/**
 * An article as a list shows it (front page, section and tag pages, the rail). Dates are
 * already formatted in the site's time zone. {@code image} is the featured image, or
 * {@code null}.
 */
public record ArticleCard(String headline, String url, String standfirst, String sectionName, String sectionUrl,
		String publishedIso, String publishedDisplay, MediaImage image) {

	/** A card without an image (the rail, and callers that do not show one). */
	public ArticleCard(String headline, String url, String standfirst, String sectionName, String sectionUrl,
			String publishedIso, String publishedDisplay) {
		this(headline, url, standfirst, sectionName, sectionUrl, publishedIso, publishedDisplay, null);
	}

}
