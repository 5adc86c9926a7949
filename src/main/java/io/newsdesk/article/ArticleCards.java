package io.newsdesk.article;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.newsdesk.media.MediaImage;
import io.newsdesk.media.MediaImages;
import io.newsdesk.site.SiteDates;

import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/** Turns loaded articles into the cards templates show. */
@Component
public class ArticleCards {

	private final SiteDates dates;

	private final MediaImages images;

	ArticleCards(SiteDates dates, MediaImages images) {
		this.dates = dates;
		this.images = images;
	}

	public ArticleCard of(Article article) {
		return of(article, null);
	}

	public List<ArticleCard> of(List<Article> articles) {
		return articles.stream().map(this::of).toList();
	}

	/**
	 * A page of cards with their featured images, loaded for the whole page in one
	 * statement (none when no article on the page has one).
	 */
	public Slice<ArticleCard> withImages(Slice<Article> articles) {
		Map<Long, MediaImage> found = this.images
			.byIds(articles.getContent().stream().map(Article::getFeaturedMediaId).filter(Objects::nonNull).toList());
		return articles.map((article) -> of(article,
				(article.getFeaturedMediaId() != null) ? found.get(article.getFeaturedMediaId()) : null));
	}

	private ArticleCard of(Article article, MediaImage image) {
		return new ArticleCard(article.getHeadline(), article.url(), article.getStandfirst(),
				article.getSection().getName(), "/sections/" + article.getSection().getSlug(),
				this.dates.iso(article.getPublishAt()), this.dates.display(article.getPublishAt()), image);
	}

}
