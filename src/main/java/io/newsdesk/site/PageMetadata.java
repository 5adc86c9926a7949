package io.newsdesk.site;

import java.util.ArrayList;
import java.util.List;

/**
 * What the shared layout puts in {@code <head>} besides the title: description, canonical
 * URL, robots, feed links, OpenGraph and Twitter card properties and JSON-LD blocks.
 * Controllers add one as the {@code meta} model attribute; {@link SiteModelAdvice}
 * supplies an empty one (nothing but the title) for pages that do not.
 *
 * @param description the meta description, or {@code null}
 * @param canonicalUrl absolute canonical URL, or {@code null}
 * @param noindex whether search engines should leave the page out
 * @param feeds RSS feeds to advertise with {@code <link rel="alternate">}
 * @param openGraph {@code <meta property>} pairs (OpenGraph, article:*)
 * @param twitter {@code <meta name>} pairs for the Twitter card
 * @param jsonLd serialised JSON-LD objects, already safe to put inside a script element
 * (see {@link JsonLd})
 */
public record PageMetadata(String description, String canonicalUrl, boolean noindex, List<FeedLink> feeds,
		List<Property> openGraph, List<Property> twitter, List<String> jsonLd) {

	public static PageMetadata none() {
		return builder().build();
	}

	public static PageMetadata noindexPage() {
		return builder().noindex().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** An RSS feed the page advertises. */
	public record FeedLink(String title, String url) {
	}

	/** A {@code <meta>} name/property and its content. */
	public record Property(String name, String content) {
	}

	public static final class Builder {

		private String description;

		private String canonicalUrl;

		private boolean noindex;

		private final List<FeedLink> feeds = new ArrayList<>();

		private final List<Property> openGraph = new ArrayList<>();

		private final List<Property> twitter = new ArrayList<>();

		private final List<String> jsonLd = new ArrayList<>();

		private Builder() {
		}

		public Builder description(String description) {
			this.description = (description == null || description.isBlank()) ? null : description;
			return this;
		}

		public Builder canonical(String absoluteUrl) {
			this.canonicalUrl = absoluteUrl;
			return this;
		}

		public Builder noindex() {
			this.noindex = true;
			return this;
		}

		public Builder feed(String title, String absoluteUrl) {
			this.feeds.add(new FeedLink(title, absoluteUrl));
			return this;
		}

		/** Skips empty values: an empty {@code content} says nothing to a crawler. */
		public Builder openGraph(String property, String content) {
			if (content != null && !content.isBlank()) {
				this.openGraph.add(new Property(property, content));
			}
			return this;
		}

		public Builder twitter(String name, String content) {
			if (content != null && !content.isBlank()) {
				this.twitter.add(new Property(name, content));
			}
			return this;
		}

		/** Serialised with {@link JsonLd}. */
		public Builder jsonLd(Object structuredData) {
			this.jsonLd.add(JsonLd.toScriptContent(structuredData));
			return this;
		}

		public PageMetadata build() {
			return new PageMetadata(this.description, this.canonicalUrl, this.noindex, List.copyOf(this.feeds),
					List.copyOf(this.openGraph), List.copyOf(this.twitter), List.copyOf(this.jsonLd));
		}

	}

}
