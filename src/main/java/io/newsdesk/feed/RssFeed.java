package io.newsdesk.feed;

import java.time.Instant;

/**
 * A rendered feed: its bytes (UTF-8 RSS 2.0), a strong ETag over them, and when its
 * newest item last changed ({@code null} for an empty feed).
 */
record RssFeed(byte[] xml, String etag, Instant lastModified) {

	long lastModifiedMillis() {
		return (this.lastModified != null) ? this.lastModified.toEpochMilli() : -1;
	}

}
