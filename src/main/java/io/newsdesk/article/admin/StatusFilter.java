package io.newsdesk.article.admin;

import java.util.Locale;

/** The admin list's status filter, as it appears in {@code ?status=}. */
enum StatusFilter {

	ALL("All"), DRAFT("Draft"), IN_REVIEW("In review"), SCHEDULED("Scheduled"), PUBLISHED("Published"),
	UNPUBLISHED("Unpublished");

	private final String label;

	StatusFilter(String label) {
		this.label = label;
	}

	/** Unknown values show everything rather than failing: it is only a filter. */
	static StatusFilter fromParameter(String value) {
		if (value == null) {
			return ALL;
		}
		for (StatusFilter filter : values()) {
			if (filter.parameter().equalsIgnoreCase(value.strip())) {
				return filter;
			}
		}
		return ALL;
	}

	/** Public because the list template calls it: SpEL only sees public methods. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** What the filter link says. */
	public String label() {
		return this.label;
	}

}
