package io.newsdesk.site;

import org.springframework.data.domain.Page;

/**
 * Previous/next links for a list page. Readers see 1-based page numbers in URLs
 * ({@code ?page=2}); Spring Data counts from 0.
 */
public record Pagination(int number, int totalPages, String previousUrl, String nextUrl) {

	public static Pagination of(Page<?> page, String baseUrl) {
		int number = page.getNumber() + 1;
		String previous = page.hasPrevious() ? urlFor(baseUrl, number - 1) : null;
		String next = page.hasNext() ? urlFor(baseUrl, number + 1) : null;
		return new Pagination(number, Math.max(page.getTotalPages(), 1), previous, next);
	}

	private static String urlFor(String baseUrl, int number) {
		if (number == 1) {
			return baseUrl;
		}
		return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "page=" + number;
	}

	/** This page's own URL: {@code baseUrl} itself for page 1, as the links use. */
	public String currentUrl(String baseUrl) {
		return urlFor(baseUrl, this.number);
	}

	public boolean isNeeded() {
		return this.previousUrl != null || this.nextUrl != null;
	}

}
