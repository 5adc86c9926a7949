package io.newsdesk.feed;

import java.time.Duration;

import io.newsdesk.pagecache.ConditionalRequests;
import io.newsdesk.pagecache.Gzip;
import io.newsdesk.site.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * RSS 2.0 feeds for the site, each section, each tag and each author, advertised in the
 * head of the front, section, tag and author pages. Feed readers poll: a repeated request
 * with the ETag or Last-Modified it was given is answered 304 with no body.
 */
@Controller
class FeedController {

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	/** Short, so a newly published story reaches subscribers within minutes. */
	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final RssFeeds feeds;

	FeedController(RssFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/feed.xml")
	ResponseEntity<byte[]> site(ServletWebRequest request) {
		return respond(this.feeds.site(), request);
	}

	@GetMapping("/sections/{slug}/feed.xml")
	ResponseEntity<byte[]> section(@PathVariable String slug, ServletWebRequest request) {
		return respond(this.feeds.section(slug).orElseThrow(NotFoundException::new), request);
	}

	@GetMapping("/tags/{slug}/feed.xml")
	ResponseEntity<byte[]> tag(@PathVariable String slug, ServletWebRequest request) {
		return respond(this.feeds.tag(slug).orElseThrow(NotFoundException::new), request);
	}

	@GetMapping("/authors/{slug}/feed.xml")
	ResponseEntity<byte[]> author(@PathVariable String slug, ServletWebRequest request) {
		return respond(this.feeds.author(slug).orElseThrow(NotFoundException::new), request);
	}

	private ResponseEntity<byte[]> respond(RssFeed feed, ServletWebRequest request) {
		// Compressed here, not by Tomcat: Tomcat never compresses a response with a
		// strong
		// ETag, since the compressed bytes need an ETag of their own.
		boolean gzip = "gzip".equals(ConditionalRequests.preferredEncoding(request.getRequest(), false));
		String etag = gzip ? feed.etag().substring(0, feed.etag().length() - 1) + "-gz\"" : feed.etag();
		if (request.getResponse() != null) {
			request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
			request.getResponse().setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (request.checkNotModified(etag, feed.lastModifiedMillis())) {
			return null;
		}
		if (gzip) {
			return ResponseEntity.ok()
				.contentType(RSS)
				.header(HttpHeaders.CONTENT_ENCODING, "gzip")
				.body(Gzip.compress(feed.xml()));
		}
		return ResponseEntity.ok().contentType(RSS).body(feed.xml());
	}

}
