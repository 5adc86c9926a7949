package io.newsdesk.media;

/** A library image as the article form's featured-image list names it. */
public record MediaOption(long id, String label) {
}
