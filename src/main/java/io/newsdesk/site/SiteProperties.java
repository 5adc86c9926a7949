package io.newsdesk.site;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the site calls itself and how it tells time.
 *
 * @param name masthead and page titles ({@code NEWSDESK_SITE_NAME})
 * @param tagline under the masthead ({@code NEWSDESK_SITE_TAGLINE})
 * @param timeZone the newsroom's zone: dates shown to readers and typed by editors are in
 * it ({@code NEWSDESK_TIME_ZONE}); the database keeps UTC
 * @param relatedCount how many articles the Related Articles rail shows
 * ({@code NEWSDESK_RELATED_COUNT})
 * @param pageSize articles per page on front, section and tag pages
 * @param baseUrl the public address readers use, e.g. {@code https://news.example.com}
 * ({@code NEWSDESK_BASE_URL}): canonical links, feeds, sitemaps and social cards carry
 * absolute URLs built from it. When empty, it is taken from each request (scheme, host,
 * port, context path); {@code X-Forwarded-*}/{@code Forwarded} headers count then only if
 * the operator turned them on with {@code server.forward-headers-strategy}, so a client
 * cannot put another host into our canonical URLs.
 */
@ConfigurationProperties("newsdesk.site")
public record SiteProperties(@DefaultValue("London Daily") String name,
		@DefaultValue("Focus on the big picture.") String tagline, @DefaultValue("Europe/London") ZoneId timeZone,
		@DefaultValue("10") int relatedCount, @DefaultValue("20") int pageSize, @DefaultValue("") String baseUrl) {

	@ConstructorBinding
	public SiteProperties {
	}

	/** Without a configured base URL (absolute URLs then come from each request). */
	public SiteProperties(String name, String tagline, ZoneId timeZone, int relatedCount, int pageSize) {
		this(name, tagline, timeZone, relatedCount, pageSize, "");
	}

}
