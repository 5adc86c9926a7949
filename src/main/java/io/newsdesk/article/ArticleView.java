package io.newsdesk.article;

import java.util.List;

import io.newsdesk.tag.TagLink;

/**
 * Everything the public article page shows. {@code bodyHtml} is sanitised at save time.
 */
public record ArticleView(String headline, String url, String standfirst, String byline, String sectionName,
		String sectionUrl, String publishedIso, String publishedDisplay, String bodyHtml, List<TagLink> tags,
		List<ArticleCard> related) {
}
