package io.newsdesk.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.newsdesk.media.MediaImage;
import io.newsdesk.site.PageMetadata;
import io.newsdesk.site.PublicUrls;
import io.newsdesk.site.SiteProperties;
import io.newsdesk.site.SiteStructuredData;
import io.newsdesk.tag.TagLink;

import org.springframework.stereotype.Component;

/**
 * The article page's {@code <head>}: canonical URL, description, OpenGraph and Twitter
 * card, and a schema.org NewsArticle. Its author is one Person per staff author, with the
 * absolute URL of their author page, then the credit ("Associated Press") by its name.
 */
@Component
class ArticleMetadata {

	/**
	 * Bylines that name an organisation rather than a person ("Associated Press", "London
	 * Daily staff", "Reuters").
	 */
	private static final Pattern ORGANISATION_BYLINE = Pattern
		.compile(".*\\b(press|reuters|agence|agency|news|staff|desk|bureau|service|wire|correspondents)\\b.*");

	private final PublicUrls urls;

	private final SiteProperties site;

	private final SiteStructuredData siteData;

	ArticleMetadata(PublicUrls urls, SiteProperties site, SiteStructuredData siteData) {
		this.urls = urls;
		this.site = site;
		this.siteData = siteData;
	}

	PageMetadata of(ArticleView article) {
		String url = this.urls.absolute(article.url());
		PageMetadata.Builder meta = PageMetadata.builder()
			.canonical(url)
			.description(article.standfirst())
			.openGraph("og:type", "article")
			.openGraph("og:title", article.headline())
			.openGraph("og:description", article.standfirst())
			.openGraph("og:url", url)
			.openGraph("og:site_name", this.site.name())
			.openGraph("og:locale", "en_GB")
			.openGraph("article:published_time", article.publishedIso())
			.openGraph("article:modified_time", article.modifiedIso())
			.openGraph("article:section", article.sectionName());
		article.tags().forEach((tag) -> meta.openGraph("article:tag", tag.name()));
		MediaImage image = article.featuredImage();
		if (image != null) {
			meta.openGraph("og:image", this.urls.absolute(image.largest().url()))
				.openGraph("og:image:width", String.valueOf(image.largest().width()))
				.openGraph("og:image:height", String.valueOf(image.largest().height()))
				.openGraph("og:image:alt", image.alt())
				.twitter("twitter:image", this.urls.absolute(image.largest().url()))
				.twitter("twitter:image:alt", image.alt());
		}
		return meta.twitter("twitter:card", (image != null) ? "summary_large_image" : "summary")
			.twitter("twitter:title", article.headline())
			.twitter("twitter:description", article.standfirst())
			.jsonLd(newsArticle(article, url))
			.build();
	}

	private Map<String, Object> newsArticle(ArticleView article, String url) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("headline", article.headline());
		if (!article.standfirst().isBlank()) {
			data.put("description", article.standfirst());
		}
		data.put("datePublished", article.publishedIso());
		data.put("dateModified", article.modifiedIso());
		data.put("author", authors(article.credits()));
		data.put("publisher", this.siteData.publisher());
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@type", "WebPage");
		page.put("@id", url);
		data.put("mainEntityOfPage", page);
		data.put("url", url);
		data.put("articleSection", article.sectionName());
		if (!article.tags().isEmpty()) {
			data.put("keywords", article.tags().stream().map(TagLink::name).toList());
		}
		data.put("inLanguage", "en-GB");
		if (article.featuredImage() != null) {
			data.put("image", imageObject(article.featuredImage()));
		}
		return data;
	}

	/** Media library: the featured image at its largest size, with absolute URLs. */
	private Map<String, Object> imageObject(MediaImage image) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", "ImageObject");
		data.put("url", this.urls.absolute(image.largest().url()));
		data.put("width", image.largest().width());
		data.put("height", image.largest().height());
		if (image.hasCaption()) {
			data.put("caption", image.caption());
		}
		if (image.hasCredit()) {
			data.put("creditText", image.credit());
		}
		return data;
	}

	/**
	 * One object per author; with no byline the site itself signs the story. A list even
	 * for one author, so consumers never have to handle two shapes.
	 */
	private List<Map<String, Object>> authors(Byline byline) {
		List<Map<String, Object>> authors = new ArrayList<>();
		for (Byline.Author staff : byline.authors()) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("@type", "Person");
			person.put("name", staff.name());
			person.put("url", this.urls.absolute(staff.url()));
			authors.add(person);
		}
		if (!authors.isEmpty() && byline.credit().isEmpty()) {
			return authors;
		}
		String name = byline.credit().isEmpty() ? this.site.name() : byline.credit();
		boolean organisation = name.equals(this.site.name())
				|| ORGANISATION_BYLINE.matcher(name.toLowerCase(Locale.ROOT)).matches();
		Map<String, Object> author = new LinkedHashMap<>();
		author.put("@type", organisation ? "Organization" : "Person");
		author.put("name", name);
		authors.add(author);
		return authors;
	}

}
