package io.newsdesk.site;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@ConfigurationProperties("newsdesk.site")
public record SiteProperties(@DefaultValue("London Daily") String name,
		@DefaultValue("Focus on the big picture.") String tagline, @DefaultValue("Europe/London") ZoneId timeZone,
		@DefaultValue("10") int relatedCount, @DefaultValue("20") int pageSize) {
}
