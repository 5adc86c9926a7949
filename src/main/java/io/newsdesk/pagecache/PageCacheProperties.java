package io.newsdesk.pagecache;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The page cache for anonymous readers.
 *
 * @param enabled whether public pages are served from memory
 * ({@code NEWSDESK_CACHE_ENABLED}); off, every request renders
 * @param maxBytes how much rendered HTML (plain plus gzipped copies) one instance keeps
 * ({@code NEWSDESK_CACHE_MAX_BYTES}); the least valuable pages go first
 * @param paths the public pages that may be cached, as Spring path patterns: the one
 * place to add a new public page (a feed, a sitemap). Anything else (admin, login,
 * actuator, static files, which carry their own year-long headers) is never cached here.
 */
@ConfigurationProperties("newsdesk.cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxBytes,
		@DefaultValue( {
				"/", "/articles/**", "/sections/**", "/tags/**", "/authors/**" }) List<String> paths){
}
