package io.newsdesk.article.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.article.workflow.StateChanges;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.SiteDates;
import io.newsdesk.tag.Tag;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin pages read: the article list, a form filled from an article, picker
 * options.
 */
@Service
@Transactional(readOnly = true)
class ArticleAdminQueries {

	static final int PAGE_SIZE = 25;

	/**
	 * Enough recent stories to pick from until the picker gets a search (Related Articles
	 * issue).
	 */
	static final int PICKER_SIZE = 200;

	private final ArticleRepository articles;

	private final SiteDates dates;

	private final Clock clock;

	private final EntityManager entityManager;

	ArticleAdminQueries(ArticleRepository articles, SiteDates dates, Clock clock, EntityManager entityManager) {
		this.articles = articles;
		this.dates = dates;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * A page of the admin list, newest first, never deleted articles (they have their own
	 * list).
	 * @param ownerId only articles this staff member created (a writer's list), or null
	 * for all
	 */
	Page<ArticleRow> list(StatusFilter filter, Long ownerId, int page) {
		Instant now = this.clock.instant();
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		String where = " where a.deletedAt is null" + ((ownerId != null) ? " and a.createdBy = :owner" : "")
				+ switch (filter) {
					case ALL -> "";
					case DRAFT -> " and a.status = io.newsdesk.article.ArticleStatus.DRAFT";
					case IN_REVIEW -> " and a.status = io.newsdesk.article.ArticleStatus.IN_REVIEW";
					case SCHEDULED ->
						" and a.status = io.newsdesk.article.ArticleStatus.PUBLISHED and a.publishAt > :now";
					case PUBLISHED ->
						" and a.status = io.newsdesk.article.ArticleStatus.PUBLISHED and a.publishAt <= :now";
					case UNPUBLISHED -> " and a.status = io.newsdesk.article.ArticleStatus.UNPUBLISHED";
				};
		TypedQuery<Article> rows = this.entityManager.createQuery(
				"select a from Article a join fetch a.section" + where + " order by a.createdAt desc, a.id desc",
				Article.class);
		TypedQuery<Long> count = this.entityManager.createQuery("select count(a) from Article a" + where, Long.class);
		boolean usesNow = filter == StatusFilter.SCHEDULED || filter == StatusFilter.PUBLISHED;
		for (TypedQuery<?> query : List.of(rows, count)) {
			if (ownerId != null) {
				query.setParameter("owner", ownerId);
			}
			if (usesNow) {
				query.setParameter("now", now);
			}
		}
		List<Article> found = rows.setFirstResult((int) request.getOffset()).setMaxResults(PAGE_SIZE).getResultList();
		return new PageImpl<>(found, request, count.getSingleResult()).map((article) -> toRow(article, now));
	}

	ArticleForm formFor(long id) {
		Article article = this.articles.findById(id).orElseThrow(NotFoundException::new);
		ArticleForm form = new ArticleForm();
		form.setVersion(article.getVersion());
		form.setHeadline(article.getHeadline());
		form.setSlug(article.getSlug());
		form.setStandfirst(article.getStandfirst());
		form.setBody(article.getBodyMarkdown());
		form.setSectionId(article.getSection().getId());
		form.setTags(article.getTags().stream().map(Tag::getName).collect(Collectors.joining(", ")));
		form.setByline(article.getByline());
		form.setPublishAt((article.getPublishAt() != null)
				? this.dates.toSiteLocal(article.getPublishAt()).withSecond(0).withNano(0).toString() : "");
		form.setRelatedIds(new ArrayList<>(article.getRelatedArticleIds()));
		form.setFeaturedMediaId(article.getFeaturedMediaId());
		form.setAuthorIds(new ArrayList<>(article.getAuthorIds()));
		return form;
	}

	/**
	 * Status line shown above the form, e.g. "Scheduled for Friday 20 June 2025, 09:00
	 * BST".
	 */
	String statusOf(long id) {
		Article article = this.articles.findById(id).orElseThrow(NotFoundException::new);
		return describe(article, this.clock.instant());
	}

	String publicUrlIfVisible(long id) {
		Article article = this.articles.findById(id).orElseThrow(NotFoundException::new);
		return article.isVisibleAt(this.clock.instant()) ? article.url() : null;
	}

	/**
	 * Picker options: the articles already chosen first, in their chosen order, then the
	 * most recent published ones. Never the article itself.
	 */
	List<RelatedOption> relatedOptions(Long selfId, List<Long> chosen) {
		Map<Long, Article> byId = new LinkedHashMap<>();
		List<Long> chosenIds = chosen.stream().filter((id) -> id != null && !id.equals(selfId)).toList();
		if (!chosenIds.isEmpty()) {
			Map<Long, Article> found = this.articles.findAllWithSectionByIdIn(chosenIds)
				.stream()
				.collect(Collectors.toMap(Article::getId, Function.identity()));
			chosenIds.stream().filter(found::containsKey).forEach((id) -> byId.put(id, found.get(id)));
		}
		for (Article article : this.articles.findVisibleForPicking(this.clock.instant(), Limit.of(PICKER_SIZE))) {
			if (!article.getId().equals(selfId)) {
				byId.putIfAbsent(article.getId(), article);
			}
		}
		Instant now = this.clock.instant();
		return byId.values()
			.stream()
			.map((article) -> new RelatedOption(article.getId(),
					article.getHeadline() + " ("
							+ (article.isVisibleAt(now) ? this.dates.shortDate(article.getPublishAt())
									: "not published")
							+ ")"))
			.toList();
	}

	private ArticleRow toRow(Article article, Instant now) {
		return new ArticleRow(article.getId(), article.getHeadline(), statusLabel(article, now),
				this.dates.display(article.getPublishAt()), article.getSection().getName(),
				article.isVisibleAt(now) ? article.url() : null,
				(article.getStatus() == ArticleStatus.DRAFT) ? article.getReviewNote() : null);
	}

	private String describe(Article article, Instant now) {
		if (article.isScheduledAt(now)) {
			return "Scheduled for " + this.dates.display(article.getPublishAt());
		}
		if (article.isVisibleAt(now)) {
			return "Published " + this.dates.display(article.getPublishAt());
		}
		return statusLabel(article, now) + (article.isDeleted() ? " (deleted)" : "");
	}

	private static String statusLabel(Article article, Instant now) {
		return StateChanges.label(article.getStatus(), article, now);
	}

}
