package io.newsdesk.site;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * schema.org objects describing the site itself: the {@code Organization} that publishes
 * it (also the {@code publisher} of every NewsArticle) and the {@code WebSite}. Maps keep
 * the properties in the order a reader of the page source expects.
 */
@Component
public class SiteStructuredData {

	/** Shipped under static/img: 112×112 PNG, the minimum Google accepts for a logo. */
	public static final String LOGO_PATH = "/img/logo.png";

	private final SiteProperties site;

	private final PublicUrls urls;

	SiteStructuredData(SiteProperties site, PublicUrls urls) {
		this.site = site;
		this.urls = urls;
	}

	public Map<String, Object> organization() {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@context", "https://schema.org");
		organization.putAll(publisher());
		organization.put("url", this.urls.absolute("/"));
		return organization;
	}

	/** The Organization without {@code @context}, to nest as a {@code publisher}. */
	public Map<String, Object> publisher() {
		Map<String, Object> logo = new LinkedHashMap<>();
		logo.put("@type", "ImageObject");
		logo.put("url", this.urls.absolute(LOGO_PATH));
		logo.put("width", 112);
		logo.put("height", 112);
		Map<String, Object> publisher = new LinkedHashMap<>();
		publisher.put("@type", "Organization");
		publisher.put("name", this.site.name());
		publisher.put("logo", logo);
		return publisher;
	}

	/**
	 * The WebSite, with a SearchAction so search engines can offer a search box that
	 * lands on our /search page.
	 */
	public Map<String, Object> webSite() {
		Map<String, Object> webSite = new LinkedHashMap<>();
		webSite.put("@context", "https://schema.org");
		webSite.put("@type", "WebSite");
		webSite.put("name", this.site.name());
		webSite.put("description", this.site.tagline());
		webSite.put("url", this.urls.absolute("/"));
		webSite.put("inLanguage", "en-GB");
		Map<String, Object> target = new LinkedHashMap<>();
		target.put("@type", "EntryPoint");
		// The braces are schema.org's placeholder syntax, not a Java template.
		target.put("urlTemplate", this.urls.absolute("/search") + "?q={search_term_string}");
		Map<String, Object> search = new LinkedHashMap<>();
		search.put("@type", "SearchAction");
		search.put("target", target);
		search.put("query-input", "required name=search_term_string");
		webSite.put("potentialAction", search);
		return webSite;
	}

	/** The site-wide RSS feed, advertised on the front page. */
	public String siteFeedUrl() {
		return this.urls.absolute("/feed.xml");
	}

}
