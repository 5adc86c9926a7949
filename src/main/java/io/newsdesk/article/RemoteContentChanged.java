package io.newsdesk.article;

import java.util.Set;

/**
 * Another instance sharing the database committed a {@link PublicContentChanged}; heard
 * by io.newsdesk.pagecache.ContentChangeListener and published here as a plain
 * application event (no transaction), so any cache of this instance can drop what it
 * holds of those articles, as it does for local changes after they commit.
 *
 * @param articleIds the changed articles; empty for a site-wide change (including "some
 * changes may have been missed", after the listener reconnects)
 */
public record RemoteContentChanged(Set<Long> articleIds) {

	public RemoteContentChanged {
		articleIds = Set.copyOf(articleIds);
	}

	public boolean isSiteWide() {
		return this.articleIds.isEmpty();
	}

}
