package io.newsdesk.pagecache;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.newsdesk.article.ShownContent;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders and stores public pages for anonymous readers, and serves the hits of those who
 * carry a session cookie; {@link AnonymousHitFilter}, ahead of Spring Security, serves
 * everybody else's hits. Strong ETags, Last-Modified, 304s and headers that let a CDN or
 * nginx in front share the load, on every public page whether the cache is on or off
 * (off, nothing is stored but the page still gets its validators).
 * <p>
 * Why a servlet filter placed just after Spring Security's filter chain (rather than
 * Spring's {@code @Cacheable} or a HandlerInterceptor): it caches the finished bytes,
 * after Thymeleaf, so a hit costs no controller, no template and no SQL; and by then
 * Security has put the reader's authentication in the SecurityContext, so logged-in staff
 * are recognised and bypass the cache. Only clean 200s without a Set-Cookie are stored,
 * so a page that started a session or set a CSRF cookie is never shared. The page is
 * handed to {@link AnonymousHitFilter} to store once Security has written its headers, so
 * hits served before Security carry the same ones.
 * <p>
 * While the page renders, what it shows is noted (io.newsdesk.article.ShownContent) and
 * stored with it as labels, for {@link PageCache}'s precise invalidation.
 * <p>
 * Compression: Tomcat does not gzip responses carrying a strong ETag (it could not keep
 * the ETag honest), so public pages are gzipped here, once when stored, each encoding
 * with its own ETag and {@code Vary: Accept-Encoding}; other responses still go through
 * server.compression.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Where a page rendered now waits for {@link AnonymousHitFilter} to store it. */
	static final String TO_STORE = PageCacheFilter.class.getName() + ".TO_STORE";

	/** Pages rendered for a logged-in user are theirs alone. */
	static final String PRIVATE_CACHE_CONTROL = "private, no-store";

	record ToStore(String key, CachedPage page) {
	}

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
			response.setHeader(PageResponses.X_CACHE, "BYPASS");
			response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE_CACHE_CONTROL);
			chain.doFilter(request, response);
			return;
		}
		String key = this.cacheable.keyFor(request);
		if (key == null) {
			response.setHeader(PageResponses.X_CACHE, "BYPASS");
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = this.cache.get(key);
		if (page != null) {
			PageResponses.send(request, response, page, "HIT");
			return;
		}
		if ("HEAD".equals(request.getMethod()) && this.cache.isStoring()) {
			// A HEAD renders no body to keep; the next GET stores the page.
			response.setHeader(PageResponses.X_CACHE, "MISS");
			chain.doFilter(request, response);
			return;
		}
		PageCache.Stamp stamp = this.cache.stamp();
		Instant renderedAt = this.clock.instant();
		ShownContent shown = ShownContent.startNoting(request);
		Rendering rendering = new Rendering(response);
		chain.doFilter(request, rendering);
		if (!isShareable(request, rendering)) {
			response.setHeader(PageResponses.X_CACHE, "BYPASS");
			rendering.copyBodyToResponse();
			return;
		}
		page = CachedPage.of(rendering.getContentAsByteArray(), rendering.getContentType(), rendering.contentLanguage(),
				renderedAt, stamp, labels(shown), shown.listings(), this.cache.isStoring());
		if (this.cache.isStoring()) {
			request.setAttribute(TO_STORE, new ToStore(key, page));
		}
		PageResponses.send(request, response, page, this.cache.isStoring() ? "MISS" : "OFF");
	}

	private static Set<String> labels(ShownContent shown) {
		if (shown.isEmpty()) {
			return Set.of(PageCache.ANY);
		}
		Set<String> labels = new HashSet<>(shown.sources());
		shown.articles().forEach((id) -> labels.add(ChangedArticles.articleLabel(id)));
		return labels;
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

	/**
	 * Remembers the language the view set: Tomcat sends it as Content-Language only when
	 * the response commits, so the header cannot be read back before.
	 */
	private static final class Rendering extends ContentCachingResponseWrapper {

		private String language;

		Rendering(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.language = (locale != null) ? locale.toLanguageTag() : null;
		}

		String contentLanguage() {
			String header = getHeader(HttpHeaders.CONTENT_LANGUAGE);
			return (header != null) ? header : this.language;
		}

	}

}
