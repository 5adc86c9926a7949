package io.newsdesk.feed;

/** One tag of one feed item. */
public record FeedCategory(Long articleId, String slug, String name) {

	public String path() {
		return "/tags/" + this.slug;
	}

}
