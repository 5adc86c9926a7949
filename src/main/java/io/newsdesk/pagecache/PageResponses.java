package io.newsdesk.pagecache;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Writes a rendered page the same way whichever filter serves it: the representation the
 * client accepts, its validators, the public Cache-Control, or a 304.
 */
final class PageResponses {

	/**
	 * HIT, MISS (rendered now and stored), OFF (rendered, cache switched off) or BYPASS.
	 */
	static final String X_CACHE = "X-Cache";

	/**
	 * A minute fresh in browsers and shared caches; a CDN may serve it 30 s longer while
	 * it refetches, and a day longer if Newsdesk is down.
	 */
	static final String PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400";

	private PageResponses() {
	}

	static void send(HttpServletRequest request, HttpServletResponse response, CachedPage page, String state)
			throws IOException {
		String encoding = ConditionalRequests.preferredEncoding(request, page.brotli() != null);
		String etag = switch (String.valueOf(encoding)) {
			case "br" -> page.brotliEtag();
			case "gzip" -> page.gzipEtag();
			default -> page.etag();
		};
		response.setHeader(X_CACHE, state);
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
		if (ConditionalRequests.isNotModified(request, etag, page.lastModified())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = switch (String.valueOf(encoding)) {
			case "br" -> page.brotli();
			case "gzip" -> page.gzipped();
			default -> page.body();
		};
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			// As the view set it on the miss (the header alone is lost on Tomcat).
			response.setLocale(Locale.forLanguageTag(page.contentLanguage()));
		}
		if (encoding != null) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, encoding);
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

}
