package io.newsdesk.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves page cache hits to readers without a session, ahead of Spring Security's filter
 * chain, which costs a hit more than the hit itself. Staff always hold a session (their
 * login), so a request without one is a reader's and may have the shared page; requests
 * with one go on through Security to {@link PageCacheFilter}, which tells staff from
 * readers.
 * <p>
 * It also stores what {@link PageCacheFilter} rendered, once the whole chain has run:
 * only then are Security's headers (nosniff, frame options, referrer policy, ...) on the
 * response, and the page keeps them to send with its hits here. A hit served here and a
 * hit or miss served behind Security therefore carry the same headers.
 */
class AnonymousHitFilter extends OncePerRequestFilter {

	/**
	 * Headers {@link PageResponses} writes per response, or that belong to one response.
	 */
	private static final Set<String> NOT_REPLAYED = Set.of("etag", "last-modified", "content-encoding",
			"content-length", "content-type", "content-language", "cache-control", "vary", "x-cache", "set-cookie",
			"date", "transfer-encoding", "connection", "keep-alive");

	private final PageCache cache;

	private final CacheablePages cacheable;

	AnonymousHitFilter(PageCache cache, CacheablePages cacheable) {
		this.cache = cache;
		this.cacheable = cacheable;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !this.cacheable.isPublicPage(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasSession(request)) {
			String key = this.cacheable.keyFor(request);
			CachedPage page = (key != null) ? this.cache.get(key) : null;
			if (page != null) {
				for (CachedPage.Header header : page.headers()) {
					response.addHeader(header.name(), header.value());
				}
				PageResponses.send(request, response, page, "HIT");
				return;
			}
		}
		chain.doFilter(request, response);
		if (request.getAttribute(PageCacheFilter.TO_STORE) instanceof PageCacheFilter.ToStore rendered) {
			this.cache.put(rendered.key(), rendered.page().withHeaders(replayable(response)));
		}
	}

	private static boolean hasSession(HttpServletRequest request) {
		return request.getRequestedSessionId() != null || request.getSession(false) != null;
	}

	private static List<CachedPage.Header> replayable(HttpServletResponse response) {
		List<CachedPage.Header> headers = new ArrayList<>();
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		names.addAll(response.getHeaderNames());
		for (String name : names) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(new CachedPage.Header(name, value));
				}
			}
		}
		return headers;
	}

}
