package io.newsdesk.article;

import java.util.List;

import io.newsdesk.media.MediaImage;
import io.newsdesk.tag.TagLink;

/**
 * Everything the public article page shows. {@code bodyHtml} is sanitised at save time.
 * {@code modifiedIso} (last save, site offset, whole seconds) is for the page's metadata.
 * {@code byline} is the free-text credit ("Associated Press"); {@code credits} is the
 * whole byline as shown: the staff authors in order, then that credit.
 * {@code featuredImage} is {@code null} when the article has none.
 */
public record ArticleView(String headline, String url, String standfirst, String byline, String sectionName,
		String sectionUrl, String publishedIso, String publishedDisplay, String modifiedIso, String bodyHtml,
		List<TagLink> tags, List<ArticleCard> related, MediaImage featuredImage, Byline credits) {

}
