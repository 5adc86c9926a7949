package io.newsdesk.article;

import java.util.List;

import io.newsdesk.site.SiteDates;

import org.springframework.stereotype.Component;

/** Turns loaded articles into the cards templates show. */
@Component
public class ArticleCards {

	private final SiteDates dates;

	ArticleCards(SiteDates dates) {
		this.dates = dates;
	}

	public ArticleCard of(Article article) {
		return new ArticleCard(article.getHeadline(), article.url(), article.getStandfirst(),
				article.getSection().getName(), "/sections/" + article.getSection().getSlug(),
				this.dates.iso(article.getPublishAt()), this.dates.display(article.getPublishAt()));
	}

	public List<ArticleCard> of(List<Article> articles) {
		return articles.stream().map(this::of).toList();
	}

}
