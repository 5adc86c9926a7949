package io.newsdesk.article;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.newsdesk.media.MediaImage;
import io.newsdesk.media.MediaImages;
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

	private final MediaImages images;

	private final ArticleBylines bylines;

	ArticleCards(SiteDates dates, MediaImages images, ArticleBylines bylines) {
		this.dates = dates;
		this.images = images;
		this.bylines = bylines;
	}

	public ArticleCard of(Article article) {
		return of(List.of(article)).get(0);
	}

	/** Cards with bylines, no images (the rail). */
	public List<ArticleCard> of(List<Article> articles) {
		Map<Long, Byline> byId = this.bylines.of(articles);
		return articles.stream()
			.map((article) -> card(article, byId.getOrDefault(article.getId(), Byline.NONE), null))
			.toList();
	}

	/** Cards with bylines, no images, from rows read without bodies (the rail). */
	public List<ArticleCard> ofRows(List<CardRow> rows) {
		Map<Long, List<Byline.Author>> authors = this.bylines.authorsOf(rows.stream().map(CardRow::id).toList());
		return rows.stream()
			.map((row) -> card(row, new Byline(authors.getOrDefault(row.id(), List.of()), row.byline()), null))
			.toList();
	}

	/** Cards with bylines the caller already read (with others, in one statement). */
	public List<ArticleCard> of(List<Article> articles, Map<Long, Byline> bylines) {
		return articles.stream()
			.map((article) -> card(article, bylines.getOrDefault(article.getId(), Byline.NONE), null))
			.toList();
	}

	/**
	 * A page of cards with bylines and featured images, each loaded for the whole page in
	 * one statement (no image statement when no article on the page has one).
	 */
	public Slice<ArticleCard> of(Slice<Article> articles) {
		Map<Long, Byline> byId = this.bylines.of(articles.getContent());
		Map<Long, MediaImage> found = this.images
			.byIds(articles.getContent().stream().map(Article::getFeaturedMediaId).filter(Objects::nonNull).toList());
		return articles.map((article) -> card(article, byId.getOrDefault(article.getId(), Byline.NONE),
				(article.getFeaturedMediaId() != null) ? found.get(article.getFeaturedMediaId()) : null));
	}

	private ArticleCard card(Article article, Byline byline, MediaImage image) {
		return card(new CardRow(article.getId(), article.getSlug(), article.getHeadline(), article.getStandfirst(),
				article.getByline(), article.getPublishAt(), article.getSection().getName(),
				article.getSection().getSlug()), byline, image);
	}

	private ArticleCard card(CardRow row, Byline byline, MediaImage image) {
		ShownContent.article(row.id());
		return new ArticleCard(row.headline(), row.url(), row.standfirst(), row.sectionName(),
				"/sections/" + row.sectionSlug(), this.dates.iso(row.publishAt()), this.dates.display(row.publishAt()),
				image, byline);
	}

}
