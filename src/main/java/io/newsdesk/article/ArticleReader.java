package io.newsdesk.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.newsdesk.related.RelatedRail;
import io.newsdesk.site.SiteDates;
import io.newsdesk.site.SiteProperties;
import io.newsdesk.tag.TagLink;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers can see. Everything returned here passed {@link Visibility}; templates get
 * view records, never entities.
 */
@Service
@Transactional(readOnly = true)
public class ArticleReader {

	private final ArticleRepository articles;

	private final RelatedRail relatedRail;

	private final ArticleCards cards;

	private final SiteDates dates;

	private final SiteProperties site;

	private final Clock clock;

	ArticleReader(ArticleRepository articles, RelatedRail relatedRail, ArticleCards cards, SiteDates dates,
			SiteProperties site, Clock clock) {
		this.articles = articles;
		this.relatedRail = relatedRail;
		this.cards = cards;
		this.dates = dates;
		this.site = site;
		this.clock = clock;
	}

	public Optional<ArticleView> findBySlug(String slug) {
		Instant now = this.clock.instant();
		return this.articles.findVisibleBySlug(slug, now).map((article) -> toView(article, now));
	}

	/** Whether the slug belonged to an article that was withdrawn or deleted (410). */
	public boolean isGone(String slug) {
		return this.articles.isGoneBySlug(slug, this.clock.instant());
	}

	public Slice<ArticleCard> latest(int page) {
		return this.articles.findVisible(this.clock.instant(), pageRequest(page)).map(this.cards::of);
	}

	public Slice<ArticleCard> latestInSection(Long sectionId, int page) {
		return this.articles.findVisibleInSection(sectionId, this.clock.instant(), pageRequest(page))
			.map(this.cards::of);
	}

	public Slice<ArticleCard> latestWithTag(Long tagId, int page) {
		return this.articles.findVisibleWithTag(tagId, this.clock.instant(), pageRequest(page)).map(this.cards::of);
	}

	private PageRequest pageRequest(int page) {
		return PageRequest.of(Math.max(page, 0), this.site.pageSize());
	}

	/**
	 * A story scheduled while being written was saved before its publish time; to readers
	 * it changed no earlier than it appeared.
	 */
	private static Instant modified(Article article) {
		Instant updated = article.getUpdatedAt();
		return (updated == null || updated.isBefore(article.getPublishAt())) ? article.getPublishAt() : updated;
	}

	private ArticleView toView(Article article, Instant now) {
		return new ArticleView(article.getHeadline(), article.url(), article.getStandfirst(), article.getByline(),
				article.getSection().getName(), "/sections/" + article.getSection().getSlug(),
				this.dates.iso(article.getPublishAt()), this.dates.display(article.getPublishAt()),
				this.dates.iso(modified(article)), article.getBodyHtml(),
				article.getTags().stream().map(TagLink::of).toList(),
				this.cards.of(this.relatedRail.railFor(article, now)));
	}

}
