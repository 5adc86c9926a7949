package io.newsdesk.site;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Converts between the UTC instants the database keeps and the site's time zone, which is
 * the only zone readers and editors ever see.
 */
@Component
public class SiteDates {

	private static final DateTimeFormatter MASTHEAD = DateTimeFormatter.ofPattern("EEEE, MMM d, yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z",
			Locale.ENGLISH);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final SiteProperties site;

	private final Clock clock;

	public SiteDates(SiteProperties site, Clock clock) {
		this.site = site;
		this.clock = clock;
	}

	/** Today as the masthead shows it, e.g. "Friday, Jun 20, 2025". */
	public String today() {
		return MASTHEAD.format(ZonedDateTime.now(this.clock.withZone(this.site.timeZone())));
	}

	public String display(Instant instant) {
		return (instant != null) ? DISPLAY.format(instant.atZone(this.site.timeZone())) : "";
	}

	public String shortDate(Instant instant) {
		return (instant != null) ? SHORT.format(instant.atZone(this.site.timeZone())) : "";
	}

	/** The machine-readable form for {@code <time datetime>}, with the site's offset. */
	public String iso(Instant instant) {
		// Whole seconds: HTML allows at most three fraction digits and PostgreSQL keeps
		// six.
		return (instant != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(this.site.timeZone())) : "";
	}

	/** The zone's name as editors read it next to a time field, e.g. "Europe/London". */
	public String zoneName() {
		return this.site.timeZone().getId();
	}

	public Instant fromSiteLocal(LocalDateTime local) {
		return local.atZone(this.site.timeZone()).toInstant();
	}

	public LocalDateTime toSiteLocal(Instant instant) {
		return LocalDateTime.ofInstant(instant, this.site.timeZone());
	}

}
