package io.newsdesk.sitemap;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sizes of the sitemaps. The defaults are the protocols' own limits; operators have no
 * reason to change them, tests lower them to see the splitting without 50,001 rows.
 *
 * @param urlsPerFile URLs per article sitemap file (sitemaps.org: at most 50,000)
 * @param newsWindow how far back the Google News sitemap reaches (Google: 48 hours)
 * @param newsLimit most URLs in the Google News sitemap (Google: 1,000)
 */
@ConfigurationProperties("newsdesk.sitemap")
public record SitemapProperties(@DefaultValue("50000") int urlsPerFile, @DefaultValue("48h") Duration newsWindow,
		@DefaultValue("1000") int newsLimit) {

	public SitemapProperties {
		if (urlsPerFile < 1 || urlsPerFile > 50_000) {
			throw new IllegalArgumentException("newsdesk.sitemap.urls-per-file must be between 1 and 50000");
		}
		if (newsLimit < 1 || newsLimit > 1_000) {
			throw new IllegalArgumentException("newsdesk.sitemap.news-limit must be between 1 and 1000");
		}
	}

}
