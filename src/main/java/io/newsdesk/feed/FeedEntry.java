package io.newsdesk.feed;

import java.time.Instant;

/** The columns a feed item needs, read as a projection rather than as entities. */
public record FeedEntry(Long id, String slug, String headline, String standfirst, String byline, Instant publishAt,
		Instant updatedAt) {

	public String path() {
		return "/articles/" + this.slug;
	}

	/**
	 * When the item last changed for a subscriber: a story scheduled while being written
	 * was saved before it appeared.
	 */
	public Instant changedAt() {
		return this.updatedAt.isAfter(this.publishAt) ? this.updatedAt : this.publishAt;
	}

}
