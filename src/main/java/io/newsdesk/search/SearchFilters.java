package io.newsdesk.search;

import java.time.Instant;

/**
 * Narrowing a search: a section (by slug) and a publish-time range, each optional
 * ({@code null}). The range is half-open: {@code from} inclusive, {@code until}
 * exclusive.
 */
record SearchFilters(String sectionSlug, Instant from, Instant until) {

	static final SearchFilters NONE = new SearchFilters(null, null, null);

}
