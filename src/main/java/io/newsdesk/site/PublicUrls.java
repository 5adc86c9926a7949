package io.newsdesk.site;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs as readers, feed readers and search engines must see them: from the
 * configured {@code newsdesk.site.base-url}, or else from the current request. Forwarded
 * headers are honoured only when {@code server.forward-headers-strategy} says so (Spring
 * then rewrites the request before we read it); by default they are ignored.
 */
@Component
public class PublicUrls {

	private final SiteProperties site;

	public PublicUrls(SiteProperties site) {
		this.site = site;
	}

	/**
	 * The site's root without a trailing slash, e.g. {@code https://news.example.com}.
	 */
	public String baseUrl() {
		String configured = this.site.baseUrl();
		if (StringUtils.hasText(configured)) {
			return stripTrailingSlash(configured.strip());
		}
		return stripTrailingSlash(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

	/** {@code path} (starting with {@code /}) made absolute. */
	public String absolute(String path) {
		return baseUrl() + path;
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
