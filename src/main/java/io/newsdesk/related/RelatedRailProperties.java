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
 * @param textShortlist how many suggestion candidates, the best by shared tags, section
 * and recency, are then ranked by text similarity too
 * ({@code NEWSDESK_RELATED_TEXT_SHORTLIST}; at least twice the rail is used): each reads
 * its article's full-text vector, the costly part of a rail at a million articles. A site
 * whose stories share few tags relies on text to order same-section suggestions and may
 * want more.
 */
@ConfigurationProperties("newsdesk.related")
public record RelatedRailProperties(@DefaultValue("10000") int cacheSize, @DefaultValue("10m") Duration cacheTtl,
		@DefaultValue("20") int textShortlist) {

	public RelatedRailProperties {
		if (cacheSize < 0 || cacheTtl.isNegative() || textShortlist < 1) {
			throw new IllegalArgumentException(
					"newsdesk.related.cache-size and cache-ttl must not be negative, text-shortlist must be positive");
		}
	}

	/** The shortlist for a rail of {@code size}: never less than twice the rail. */
	public int textShortlistFor(int size) {
		return Math.max(this.textShortlist, 2 * size);
	}

}
