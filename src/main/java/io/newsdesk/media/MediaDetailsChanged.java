package io.newsdesk.media;

/**
 * An image's alt text, caption or credit changed. Published by MediaLibrary inside its
 * transaction, after the change is flushed, so listeners that re-render pages from the
 * library (io.newsdesk.article.admin.BodyImageRefresher) see the new text and commit or
 * roll back with it.
 *
 * @param mediaId the library image
 */
public record MediaDetailsChanged(long mediaId) {
}
