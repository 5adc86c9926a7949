package io.newsdesk.pagecache;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Decides which requests are public pages and what they are cached under. The key is the
 * path plus the query parameters the pages know, normalised ({@code ?page=01} and
 * {@code ?page=1} are the front page itself). A request with any other parameter is
 * served but never stored, so {@code ?x=<random>} can neither fill the cache nor push hot
 * pages out of it.
 * <p>
 * Pages carry absolute URLs (canonical, OpenGraph). With {@code NEWSDESK_BASE_URL} set
 * they come from it and the key is the path alone; without it they come from the request,
 * so the key starts with the scheme, host and port the request named: a forged
 * {@code Host} header then gets its own entry instead of poisoning the page everyone else
 * is served.
 */
final class CacheablePages {

	/** The query parameters public pages read; everything else bypasses the cache. */
	static final Set<String> KNOWN_PARAMETERS = Set.of("page");

	private final List<PathPattern> patterns;

	private final boolean keyByHost;

	CacheablePages(List<String> paths) {
		this(paths, false);
	}

	CacheablePages(List<String> paths, boolean keyByHost) {
		this.patterns = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.keyByHost = keyByHost;
	}

	boolean isPublicPage(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		if (NEVER_CACHED.stream().anyMatch((pattern) -> pattern.matches(path))) {
			return false;
		}
		return this.patterns.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	/**
	 * Pages for one person however the paths are configured (even {@code /**}): shared
	 * previews (io.newsdesk.article.preview) and the admin.
	 */
	static final List<PathPattern> NEVER_CACHED = List.of(PathPatternParser.defaultInstance.parse("/preview/**"),
			PathPatternParser.defaultInstance.parse("/admin/**"));

	/**
	 * The cache key of a public page request, or {@code null} when its query string must
	 * not be cached (an unknown parameter, a repeated or malformed {@code page}).
	 */
	String keyFor(HttpServletRequest request) {
		String path = this.keyByHost ? request.getScheme() + "://" + request.getServerName() + ":"
				+ request.getServerPort() + request.getRequestURI() : request.getRequestURI();
		Map<String, String[]> parameters = request.getParameterMap();
		if (parameters.isEmpty()) {
			return path;
		}
		if (!KNOWN_PARAMETERS.containsAll(parameters.keySet())) {
			return null;
		}
		String[] pages = parameters.get("page");
		if (pages == null || pages.length != 1) {
			return null;
		}
		int page;
		try {
			page = Integer.parseInt(pages[0].strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
		if (page < 1) {
			return null;
		}
		return (page == 1) ? path : path + "?page=" + page;
	}

}
