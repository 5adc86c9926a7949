package io.newsdesk.related;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.site.SiteProperties;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The Related Articles rail under a story: the editor's picks first, in the editor's
 * order, then newer-first articles sharing a tag or the section until the rail is full.
 * Both parts go through the visibility rule, so a pick that was unpublished simply drops
 * out. Two queries whatever the rail's size.
 */
@Component
public class RelatedRail {

	private final ArticleRepository articles;

	private final SiteProperties site;

	RelatedRail(ArticleRepository articles, SiteProperties site) {
		this.articles = articles;
		this.site = site;
	}

	public List<Article> railFor(Article article, Instant now) {
		int size = this.site.relatedCount();
		List<Article> rail = new ArrayList<>(picksFor(article, now, size));
		if (rail.size() < size) {
			Set<Long> excluded = new HashSet<>();
			excluded.add(article.getId());
			rail.forEach((pick) -> excluded.add(pick.getId()));
			rail.addAll(this.articles.findVisibleRelatedBySectionOrTag(article.getId(), article.getSection().getId(),
					excluded, now, Limit.of(size - rail.size())));
		}
		return rail;
	}

	private List<Article> picksFor(Article article, Instant now, int size) {
		Set<Long> ids = new LinkedHashSet<>(article.getRelatedArticleIds());
		ids.remove(article.getId());
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Article> visible = this.articles.findVisibleByIds(ids, now)
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return ids.stream().map(visible::get).filter((pick) -> pick != null).limit(size).toList();
	}

}
