package io.newsdesk.article;

import io.newsdesk.media.MediaImage;

/**
 * An article as a list shows it (front page, section, tag and author pages, the rail).
 * Dates are already formatted in the site's time zone. {@code image} is the featured
 * image, or {@code null}; {@code byline} is who it is by ({@link Byline#NONE} if nobody).
 */
public record ArticleCard(String headline, String url, String standfirst, String sectionName, String sectionUrl,
		String publishedIso, String publishedDisplay, MediaImage image, Byline byline) {

	/** A card without an image or byline (callers that do not show them). */
	public ArticleCard(String headline, String url, String standfirst, String sectionName, String sectionUrl,
			String publishedIso, String publishedDisplay) {
		this(headline, url, standfirst, sectionName, sectionUrl, publishedIso, publishedDisplay, null, Byline.NONE);
	}

}
