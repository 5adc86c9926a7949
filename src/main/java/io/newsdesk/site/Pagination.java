package io.newsdesk.site;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;

/**
 * Previous/next links for a list page. Readers see 1-based page numbers in URLs
 * ({@code ?page=2}); Spring Data counts from 0. {@code totalPages} is known only for
 * admin lists: public lists are slices, which skip the costly count.
 */
public record Pagination(int number, Integer totalPages, String previousUrl, String nextUrl) {

	public static Pagination of(Slice<?> slice, String baseUrl) {
		int number = slice.getNumber() + 1;
		String previous = slice.hasPrevious() ? urlFor(baseUrl, number - 1) : null;
		String next = slice.hasNext() ? urlFor(baseUrl, number + 1) : null;
		Integer total = (slice instanceof Page<?> page) ? Math.max(page.getTotalPages(), 1) : null;
		return new Pagination(number, total, previous, next);
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

	/** "Page 2 of 5" where the total is known, otherwise "Page 2". */
	public String label() {
		return (this.totalPages != null) ? "Page " + this.number + " of " + this.totalPages : "Page " + this.number;
	}

}
