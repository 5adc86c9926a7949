package io.newsdesk.article;

import java.util.List;
import java.util.Map;

import io.newsdesk.site.SiteDates;

import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/**
 * Turns loaded articles into the cards templates show, with their bylines read for the
 * whole list in one query.
 */
@Component
public class ArticleCards {

	private final SiteDates dates;

	private final ArticleBylines bylines;

	ArticleCards(SiteDates dates, ArticleBylines bylines) {
		this.dates = dates;
		this.bylines = bylines;
	}

	public ArticleCard of(Article article) {
		return of(List.of(article)).get(0);
	}

	public List<ArticleCard> of(List<Article> articles) {
		Map<Long, Byline> byId = this.bylines.of(articles);
		return articles.stream()
			.map((article) -> card(article, byId.getOrDefault(article.getId(), Byline.NONE)))
			.toList();
	}

	/** Cards with bylines the caller already read (with others, in one statement). */
	public List<ArticleCard> of(List<Article> articles, Map<Long, Byline> bylines) {
		return articles.stream()
			.map((article) -> card(article, bylines.getOrDefault(article.getId(), Byline.NONE)))
			.toList();
	}

	public Slice<ArticleCard> of(Slice<Article> articles) {
		Map<Long, Byline> byId = this.bylines.of(articles.getContent());
		return articles.map((article) -> card(article, byId.getOrDefault(article.getId(), Byline.NONE)));
	}

	private ArticleCard card(Article article, Byline byline) {
		return new ArticleCard(article.getHeadline(), article.url(), article.getStandfirst(),
				article.getSection().getName(), "/sections/" + article.getSection().getSlug(),
				this.dates.iso(article.getPublishAt()), this.dates.display(article.getPublishAt()), byline);
	}

}
