package io.newsdesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log page's filters, as typed into its GET form. Everything arrives as text
 * and is checked here, so a mistyped date or a hand-edited link gets a message next to
 * the field instead of an error page.
 *
 * @param action an exact action, e.g. {@code staff.disable}
 * @param actor a username, any case
 * @param subjectType {@code article} or {@code staff}
 * @param subjectId the article's or account's id
 * @param from first day included (site time zone), {@code yyyy-MM-dd}
 * @param to last day included
 * @param before where the previous page ended: {@code <instant>,<id>}
 */
public record AuditLogFilter(String action, String actor, String subjectType, String subjectId, String from, String to,
		String before) {

	static final Map<String, String> SUBJECT_TYPES = Map.of("article", "Article", "staff", "Staff account");

	public AuditLogFilter {
		action = clean(action);
		actor = clean(actor);
		subjectType = clean(subjectType);
		subjectId = clean(subjectId);
		from = clean(from);
		to = clean(to);
		before = clean(before);
	}

	/** The checked filters, or the messages for those that cannot be used. */
	Checked check(ZoneId zone) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!this.subjectType.isEmpty() && !SUBJECT_TYPES.containsKey(this.subjectType)) {
			errors.put("subjectType", "Choose a subject type from the list.");
		}
		Long id = null;
		if (!this.subjectId.isEmpty()) {
			id = parseId(this.subjectId);
			if (id == null) {
				errors.put("subjectId", "Enter the id as a whole number, e.g. 42.");
			}
			else if (this.subjectType.isEmpty()) {
				errors.put("subjectType", "Choose whether the id is an article's or a staff account's.");
			}
		}
		LocalDate fromDay = parseDate(this.from, "from", errors);
		LocalDate toDay = parseDate(this.to, "to", errors);
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			errors.put("to", "The end date is before the start date.");
		}
		Cursor cursor = Cursor.parse(this.before);
		return new Checked(errors, this.action.isEmpty() ? null : this.action, this.actor.isEmpty() ? null : this.actor,
				this.subjectType.isEmpty() ? null : this.subjectType, id,
				(fromDay != null) ? fromDay.atStartOfDay(zone).toInstant() : null,
				(toDay != null) ? toDay.plusDays(1).atStartOfDay(zone).toInstant() : null, cursor);
	}

	/**
	 * Whether a date field holds a date (or nothing): a mistyped one is shown back in a
	 * text field, since a date field may only hold a valid date.
	 */
	public boolean isDate(String value) {
		if (value == null || value.isEmpty()) {
			return true;
		}
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	boolean isEmpty() {
		return this.action.isEmpty() && this.actor.isEmpty() && this.subjectType.isEmpty() && this.subjectId.isEmpty()
				&& this.from.isEmpty() && this.to.isEmpty();
	}

	/** This page's filters with another starting point, for the "Older entries" link. */
	String urlBefore(Instant occurredAt, long id) {
		return base().queryParam("before", occurredAt + "," + id).encode().build().toUriString();
	}

	/** This page's filters from the newest entry on. */
	String urlNewest() {
		return base().encode().build().toUriString();
	}

	private UriComponentsBuilder base() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/audit");
		param(url, "action", this.action);
		param(url, "actor", this.actor);
		param(url, "subjectType", this.subjectType);
		param(url, "subjectId", this.subjectId);
		param(url, "from", this.from);
		param(url, "to", this.to);
		return url;
	}

	private static void param(UriComponentsBuilder url, String name, String value) {
		if (!value.isEmpty()) {
			url.queryParam(name, value);
		}
	}

	private static LocalDate parseDate(String value, String field, Map<String, String> errors) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Enter a date like 2026-03-31 (year-month-day).");
			return null;
		}
	}

	private static Long parseId(String value) {
		try {
			long id = Long.parseLong(value);
			return (id > 0) ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

	/** Filters ready for the query; a null field does not filter. */
	record Checked(Map<String, String> errors, String action, String actor, String subjectType, Long subjectId,
			Instant from, Instant toExclusive, Cursor before) {

		boolean isValid() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * Keyset position: the page continues with entries strictly older than this one. A
	 * damaged value is ignored (the list starts from the newest) rather than refused.
	 */
	record Cursor(Instant occurredAt, long id) {

		static Cursor parse(String value) {
			int comma = (value != null) ? value.lastIndexOf(',') : -1;
			if (comma < 0) {
				return null;
			}
			try {
				return new Cursor(Instant.parse(value.substring(0, comma)), Long.parseLong(value.substring(comma + 1)));
			}
			catch (DateTimeParseException | NumberFormatException ex) {
				return null;
			}
		}

	}

}
