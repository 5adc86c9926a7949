package io.newsdesk.pagecache;

import java.time.Instant;
import java.util.Optional;

/**
 * Something that changes public pages by itself when the clock reaches a time, without
 * any save: a pinned lead story or a breaking-news banner expiring
 * (io.newsdesk.frontpage). {@link PageCache} keeps pages no later than the earliest such
 * time, as it does for the next scheduled publish. Implement it as a bean; it is asked
 * inside a read-only transaction.
 */
public interface UpcomingChanges {

	/** The first time after {@code now} at which pages change by themselves, if any. */
	Optional<Instant> nextChangeAfter(Instant now);

}
