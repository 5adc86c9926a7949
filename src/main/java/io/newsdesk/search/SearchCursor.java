package io.newsdesk.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where a page of search results starts or ends, carried in the Next and Previous links
 * ({@code after=…}, {@code before=…}): the time the search was first run and the last (or
 * first) row's sort key (score, publish time, id). Scores depend on the time through the
 * recency boost, so every page of one search is scored as of that same moment, which
 * keeps the order fixed while a reader pages: no result is shown twice or skipped, even
 * when stories are published or withdrawn meanwhile.
 *
 * <p>
 * A cursor comes from the URL, so it is only a hint: anything unreadable counts as none
 * (the first page), and a time in the future is clamped to now by the service, so a
 * forged cursor cannot reveal a scheduled story.
 *
 * @param asOf when the search was first run: visibility and recency are judged then
 * @param score the row's score, exactly as PostgreSQL computed it
 * @param publishAt the row's publish time (microseconds, as stored)
 * @param id the row's article id
 */
record SearchCursor(Instant asOf, double score, Instant publishAt, long id) {

	private static final char SEPARATOR = '.';

	/** Score as the raw bits of the double, so it comes back exactly. */
	String encode() {
		return this.asOf.toEpochMilli() + "" + SEPARATOR + Long.toHexString(Double.doubleToRawLongBits(this.score))
				+ SEPARATOR + ChronoUnit.MICROS.between(Instant.EPOCH, this.publishAt) + SEPARATOR + this.id;
	}

	/** The cursor in {@code text}, or null when there is none or it cannot be read. */
	static SearchCursor decode(String text) {
		if (text == null || text.isBlank() || text.length() > 100) {
			return null;
		}
		String[] parts = text.strip().split("\\.", -1);
		if (parts.length != 4) {
			return null;
		}
		try {
			Instant asOf = Instant.ofEpochMilli(Long.parseLong(parts[0]));
			double score = Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16));
			Instant publishAt = Instant.EPOCH.plus(Long.parseLong(parts[2]), ChronoUnit.MICROS);
			long id = Long.parseLong(parts[3]);
			if (!Double.isFinite(score)) {
				return null;
			}
			return new SearchCursor(asOf, score, publishAt, id);
		}
		catch (RuntimeException ex) {
			// NumberFormatException, DateTimeException, ArithmeticException: not ours.
			return null;
		}
	}

	SearchCursor at(Instant time) {
		return new SearchCursor(time, this.score, this.publishAt, this.id);
	}

}
