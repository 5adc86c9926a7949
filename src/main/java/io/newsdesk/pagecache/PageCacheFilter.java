package io.newsdesk.pagecache;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous GET and HEAD requests for public pages from {@link PageCache}, with
 * strong ETags, Last-Modified, 304s and headers that let a CDN or nginx in front share
 * the load.
 * <p>
 * Why a servlet filter placed just after Spring Security's filter chain (rather than
 * Spring's {@code @Cacheable} or a HandlerInterceptor): it caches the finished bytes,
 * after Thymeleaf, so a hit costs no controller, no template and no SQL; and by then
 * Security has put the reader's authentication in the SecurityContext, so logged-in staff
 * are recognised and bypass the cache, and Security's own headers (nosniff, frame
 * options) are still written on hits. Only clean 200s without a Set-Cookie are stored, so
 * a page that started a session or set a CSRF cookie is never shared.
 * <p>
 * Compression: Tomcat does not gzip responses carrying a strong ETag (it could not keep
 * the ETag honest), so cached pages are gzipped here once when stored, each encoding with
 * its own ETag and {@code Vary: Accept-Encoding}; other responses still go through
 * server.compression.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** HIT, MISS (rendered now and stored) or BYPASS (rendered, never stored). */
	static final String X_CACHE = "X-Cache";

	/**
	 * A minute fresh in browsers and shared caches; a CDN may serve it 30 s longer while
	 * it refetches, and a day longer if Newsdesk is down.
	 */
	static final String PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400";

	/** Pages rendered for a logged-in user are theirs alone. */
	static final String PRIVATE_CACHE_CONTROL = "private, no-store";

	private final PageCache cache;

	private final CacheablePages cacheable;

	private final Clock clock;

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	PageCacheFilter(PageCache cache, CacheablePages cacheable, Clock clock) {
		this.cache = cache;
		this.cacheable = cacheable;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !this.cacheable.isPublicPage(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isStaff()) {
			response.setHeader(X_CACHE, "BYPASS");
			response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE_CACHE_CONTROL);
			chain.doFilter(request, response);
			return;
		}
		String key = this.cacheable.keyFor(request);
		if (key == null) {
			response.setHeader(X_CACHE, "BYPASS");
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = this.cache.get(key);
		if (page != null) {
			send(request, response, page, "HIT");
			return;
		}
		if ("HEAD".equals(request.getMethod())) {
			// A HEAD renders no body to keep; the next GET stores the page.
			response.setHeader(X_CACHE, "MISS");
			chain.doFilter(request, response);
			return;
		}
		long generation = this.cache.currentGeneration();
		Instant renderedAt = this.clock.instant();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (!isShareable(request, rendering)) {
			response.setHeader(X_CACHE, "BYPASS");
			rendering.copyBodyToResponse();
			return;
		}
		page = CachedPage.of(rendering.getContentAsByteArray(), rendering.getContentType(),
				response.getHeader(HttpHeaders.CONTENT_LANGUAGE), renderedAt, generation);
		this.cache.put(key, page);
		send(request, response, page, "MISS");
	}

	private boolean isStaff() {
		return this.trustResolver.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * A complete 200 that is the same for every anonymous reader: no cookie set, no
	 * session started, and no Cache-Control of its own (a page that says no-store means
	 * it).
	 */
	private boolean isShareable(HttpServletRequest request, ContentCachingResponseWrapper rendering) {
		HttpSession session = request.getSession(false);
		return rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.isCommitted()
				&& rendering.getContentType() != null && rendering.getContentSize() > 0
				&& !rendering.containsHeader(HttpHeaders.SET_COOKIE)
				&& !rendering.containsHeader(HttpHeaders.CACHE_CONTROL) && (session == null || !session.isNew());
	}

	private void send(HttpServletRequest request, HttpServletResponse response, CachedPage page, String state)
			throws IOException {
		boolean gzip = ConditionalRequests.acceptsGzip(request);
		String etag = gzip ? page.gzipEtag() : page.etag();
		response.setHeader(X_CACHE, state);
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
		if (ConditionalRequests.isNotModified(request, etag, page.lastModified())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? page.gzipped() : page.body();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

}
