package io.newsdesk.related;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleCard;
import io.newsdesk.article.ShownContent;
import io.newsdesk.article.ArticleCards;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.site.SiteProperties;
import io.newsdesk.tag.Tag;

import org.springframework.stereotype.Component;

/**
 * The Related Articles rail under a story: the editor's picks first, in the editor's
 * order, then ranked suggestions (shared tags weighted by rarity, same section, similar
 * headline words, recency; see {@link RelatedRailQuery}) until the rail is full. Both
 * parts go through the visibility rule, so a pick that was unpublished simply drops out.
 * Two statements whatever the rail's size: the ranked rail with what its cards show, then
 * the bylines; readers' pages get it from {@link RelatedRailCache} when warm. Previews
 * get whole articles instead (two statements as well).
 */
@Component
public class RelatedRail {

	private final RelatedRailQuery railQuery;

	private final ArticleRepository articles;

	private final SiteProperties site;

	private final RelatedRailCache cache;

	private final ArticleCards cards;

	RelatedRail(RelatedRailQuery railQuery, ArticleRepository articles, SiteProperties site, RelatedRailCache cache,
			ArticleCards cards) {
		this.railQuery = railQuery;
		this.articles = articles;
		this.site = site;
		this.cache = cache;
		this.cards = cards;
	}

	/** The rail as articles, never cached (previews). */
	public List<Article> railFor(Article article, Instant now) {
		return load(this.railQuery.railIds(article.getId(), now, this.site.relatedCount()), now);
	}

	/**
	 * The rail as readers see it, from the cache when it holds a good copy; otherwise two
	 * statements (the rail with its cards' fields, their bylines) and the result is kept.
	 */
	public List<ArticleCard> cardsFor(Article article, Instant now) {
		Optional<RelatedRailCache.CachedRail> cached = this.cache.get(article.getId(), now);
		if (cached.isPresent()) {
			// A page built from these cached cards shows these stories, as a fresh rail's
			// cards would have noted; the page cache drops the page when one changes.
			cached.get().shownIds().forEach(ShownContent::article);
			return cached.get().cards();
		}
		long begun = this.cache.beginComputing();
		RelatedRailQuery.RailIds rail = this.railQuery.rail(article.getId(), now, this.site.relatedCount());
		List<ArticleCard> cards = rail.cards().isEmpty() ? List.of() : this.cards.ofRows(rail.cards());
		RelatedRailCache.Neighbourhood story = RelatedRailCache.Neighbourhood
			.of(article.getTags().stream().map(Tag::getId).collect(Collectors.toSet()), article.getSection().getId());
		this.cache.put(article.getId(), cards, new HashSet<>(rail.ids()), story,
				rail.ids().size() >= this.site.relatedCount(), now, rail.nextPickAt(), begun);
		return cards;
	}

	private List<Article> load(List<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Article> visible = this.articles.findVisibleByIds(ids, now)
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return ids.stream().map(visible::get).filter((related) -> related != null).toList();
	}

}
