package io.newsdesk.related;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-article rail cache ({@link RelatedRailCache}). How many articles a rail shows
 * is {@code newsdesk.site.related-count}.
 *
 * @param cacheSize how many articles' rails one instance keeps
 * ({@code NEWSDESK_RELATED_CACHE_SIZE}); the least used go first; 0 turns the cache off
 * @param cacheTtl the longest a cached rail is used ({@code NEWSDESK_RELATED_CACHE_TTL}):
 * changes to what a rail shows drop it at once, but a newly published story that would
 * now rank among its suggestions only joins when the rail is computed again
 */
@ConfigurationProperties("newsdesk.related")
public record RelatedRailProperties(@DefaultValue("10000") int cacheSize, @DefaultValue("10m") Duration cacheTtl) {

	public RelatedRailProperties {
		if (cacheSize < 0 || cacheTtl.isNegative()) {
			throw new IllegalArgumentException("newsdesk.related.cache-size and cache-ttl must not be negative");
		}
	}

}
