package io.newsdesk.related;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * The Related Articles rail under a story: the editor's picks first, in the editor's
 * order, then ranked suggestions (shared tags weighted by rarity, same section, similar
 * headline words, recency; see {@link RelatedRailQuery}) until the rail is full. Both
 * parts go through the visibility rule, so a pick that was unpublished simply drops out.
 * Two statements whatever the rail's size: the rail's ids in order, then their articles
 * with their sections.
 */
@Component
public class RelatedRail {

	private final RelatedRailQuery railQuery;

	private final ArticleRepository articles;

	private final SiteProperties site;

	RelatedRail(RelatedRailQuery railQuery, ArticleRepository articles, SiteProperties site) {
		this.railQuery = railQuery;
		this.articles = articles;
		this.site = site;
	}

	public List<Article> railFor(Article article, Instant now) {
		List<Long> ids = this.railQuery.railIds(article.getId(), now, this.site.relatedCount());
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Article> visible = this.articles.findVisibleByIds(ids, now)
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return ids.stream().map(visible::get).filter((related) -> related != null).toList();
	}

}
