package io.newsdesk.article.admin;

import java.util.Locale;

/** The admin list's status filter, as it appears in {@code ?status=}. */
enum StatusFilter {

	ALL, DRAFT, SCHEDULED, PUBLISHED;

	/** Unknown values show everything rather than failing: it is only a filter. */
	static StatusFilter fromParameter(String value) {
		if (value == null) {
			return ALL;
		}
		for (StatusFilter filter : values()) {
			if (filter.name().equalsIgnoreCase(value.strip())) {
				return filter;
			}
		}
		return ALL;
	}

	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

}
