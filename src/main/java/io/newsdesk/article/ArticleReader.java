package io.newsdesk.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.media.MediaImages;
import io.newsdesk.related.RelatedRail;
import io.newsdesk.site.SiteDates;
import io.newsdesk.site.SiteProperties;
import io.newsdesk.tag.TagLink;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
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

	private final MediaImages mediaImages;

	private final ArticleBylines bylines;

	ArticleReader(ArticleRepository articles, RelatedRail relatedRail, ArticleCards cards, SiteDates dates,
			SiteProperties site, Clock clock, MediaImages mediaImages, ArticleBylines bylines) {
		this.mediaImages = mediaImages;
		this.articles = articles;
		this.relatedRail = relatedRail;
		this.cards = cards;
		this.dates = dates;
		this.site = site;
		this.clock = clock;
		this.bylines = bylines;
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
		ShownContent.listing("front");
		return this.cards.of(this.articles.findVisible(this.clock.instant(), pageRequest(page)));
	}

	public Slice<ArticleCard> latestInSection(Long sectionId, int page) {
		ShownContent.listing("section:" + sectionId);
		return this.cards.of(this.articles.findVisibleInSection(sectionId, this.clock.instant(), pageRequest(page)));
	}

	public Slice<ArticleCard> latestWithTag(Long tagId, int page) {
		ShownContent.listing("tag:" + tagId);
		PageRequest request = pageRequest(page);
		// One more than a page tells whether an older page exists.
		List<Article> found = this.articles.findVisibleWithTag(tagId, this.clock.instant(), request.getOffset(),
				request.getPageSize() + 1);
		boolean hasNext = found.size() > request.getPageSize();
		return this.cards
			.of(new SliceImpl<>(hasNext ? found.subList(0, request.getPageSize()) : found, request, hasNext));
	}

	private PageRequest pageRequest(int page) {
		return PageRequest.of(Math.max(page, 0), this.site.pageSize());
	}

	/**
	 * A story scheduled while being written was saved before its publish time; to readers
	 * it changed no earlier than it appeared.
	 */
	private static Instant modified(Article article) {
		// The "Updated" time readers are shown (io.newsdesk.article.correction), not the
		// last save: a minor edit does not tell search engines the story changed.
		Instant updated = article.getPublicUpdatedAt();
		return (updated == null || updated.isBefore(article.getPublishAt())) ? article.getPublishAt() : updated;
	}

	/**
	 * A reader's page: the rail comes as ready cards from the rail cache
	 * (io.newsdesk.related), so only the story's own byline is read here.
	 */
	private ArticleView toView(Article article, Instant now) {
		// A story newly published with one of these tags or in this section may join
		// the rail.
		ShownContent.article(article.getId());
		ShownContent.drawsFrom("section:" + article.getSection().getId());
		article.getTags().forEach((tag) -> ShownContent.drawsFrom("tag:" + tag.getId()));
		List<ArticleCard> rail = this.relatedRail.cardsFor(article, now);
		Byline credits = this.bylines.of(List.of(article)).get(article.getId());
		return toView(article, rail, credits);
	}

	/**
	 * @param bylineId the saved article whose authors make the byline (a preview's copy
	 * has no id of its own)
	 */
	private ArticleView toView(Article article, List<Article> rail, Long bylineId) {
		// The story's byline and its rail's in one statement.
		List<Article> shown = new ArrayList<>(rail);
		if (article.getId() != null) {
			shown.add(article);
		}
		Map<Long, Byline> bylines = this.bylines.of(shown);
		Byline credits = bylines.get(article.getId());
		if (credits == null) {
			// A preview: the saved article's authors with the credit as typed; a new
			// article has no stored authors yet, so its credit stands alone.
			List<Byline.Author> authors = (bylineId != null)
					? this.bylines.authorsOf(List.of(bylineId)).getOrDefault(bylineId, List.of()) : List.of();
			credits = new Byline(authors, article.getByline());
		}
		return toView(article, this.cards.of(rail, bylines), credits);
	}

	private ArticleView toView(Article article, List<ArticleCard> rail, Byline credits) {
		return new ArticleView(article.getHeadline(), article.url(), article.getStandfirst(), article.getByline(),
				article.getSection().getName(), "/sections/" + article.getSection().getSlug(),
				this.dates.iso(article.getPublishAt()), this.dates.display(article.getPublishAt()),
				this.dates.iso(modified(article)), article.getBodyHtml(),
				article.getTags().stream().map(TagLink::of).toList(), rail,
				this.mediaImages.find(article.getFeaturedMediaId()).orElse(null), credits);
	}

	/**
	 * The page as it will look, for previews (io.newsdesk.article.preview) only: built
	 * from an article that may be unsaved, a draft or scheduled, so the visibility rule
	 * is not applied to the article itself. Its rail is the article's picks that readers
	 * can see, in order, then the saved article's ranked suggestions, as far as the rail
	 * has room.
	 * @param article the version to show (never saved by this call)
	 * @param savedId the saved article it belongs to, or {@code null} for a new one
	 */
	public ArticleView preview(Article article, Long savedId) {
		Instant now = this.clock.instant();
		List<Long> picks = article.getRelatedArticleIds()
			.stream()
			.filter((id) -> id != null && !id.equals(savedId))
			.distinct()
			.toList();
		Map<Long, Article> visible = picks.isEmpty() ? Map.of()
				: this.articles.findVisibleByIds(picks, now)
					.stream()
					.collect(Collectors.toMap(Article::getId, Function.identity()));
		List<Article> rail = new ArrayList<>(picks.stream().map(visible::get).filter(Objects::nonNull).toList());
		if (savedId != null) {
			Article saved = this.articles.findById(savedId).orElse(null);
			if (saved != null) {
				Set<Long> savedPicks = new HashSet<>(saved.getRelatedArticleIds());
				this.relatedRail.railFor(saved, now)
					.stream()
					.filter((suggestion) -> !savedPicks.contains(suggestion.getId())
							&& !picks.contains(suggestion.getId()))
					.forEach(rail::add);
			}
		}
		return toView(article, rail.subList(0, Math.min(rail.size(), this.site.relatedCount())), savedId);
	}

	/** An author's visible articles, newest first (their author page). */
	public Slice<ArticleCard> latestByAuthor(Long staffUserId, int page) {
		ShownContent.listing("author:" + staffUserId);
		return this.cards.of(this.articles.findVisibleByAuthor(staffUserId, this.clock.instant(), pageRequest(page)));
	}

	/**
	 * Visible articles as cards by id, in two statements whatever their number (the front
	 * page's pinned lead and breaking banner); ids of hidden or unknown articles are
	 * absent.
	 */
	public Map<Long, ArticleCard> visibleCards(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Article> found = this.articles.findVisibleByIds(ids, this.clock.instant());
		List<ArticleCard> cards = this.cards.of(found);
		Map<Long, ArticleCard> byId = new LinkedHashMap<>();
		for (int i = 0; i < found.size(); i++) {
			byId.put(found.get(i).getId(), cards.get(i));
		}
		return byId;
	}

}
