package io.newsdesk.article;

import java.util.Set;

/**
 * Something readers can see may have changed: an article was created, edited, published,
 * unpublished or deleted. Published by whatever writes content (ArticleEditor today),
 * inside its transaction; the caches react to it, so writers need not know a cache
 * exists.
 * <p>
 * It names the articles that changed, so a cache can drop only what showed them. A change
 * that may show on any page (an author's name in bylines, the breaking-news banner, a
 * bulk import) names none and is {@link #isSiteWide() site-wide}.
 *
 * @param articleIds the changed articles; empty for a site-wide change
 */
public record PublicContentChanged(Set<Long> articleIds) {

	public PublicContentChanged {
		articleIds = Set.copyOf(articleIds);
	}

	public static PublicContentChanged article(long articleId) {
		return new PublicContentChanged(Set.of(articleId));
	}

	public static PublicContentChanged siteWide() {
		return new PublicContentChanged(Set.of());
	}

	public boolean isSiteWide() {
		return this.articleIds.isEmpty();
	}

}
