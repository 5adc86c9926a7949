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
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.SiteDates;
import io.newsdesk.tag.Tag;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
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

	ArticleAdminQueries(ArticleRepository articles, SiteDates dates, Clock clock) {
		this.articles = articles;
		this.dates = dates;
		this.clock = clock;
	}

	Page<ArticleRow> list(StatusFilter filter, int page) {
		Instant now = this.clock.instant();
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Page<Article> found = switch (filter) {
			case ALL -> this.articles.findAllForAdmin(request);
			case DRAFT -> this.articles.findByStatusForAdmin(ArticleStatus.DRAFT, request);
			case SCHEDULED -> this.articles.findScheduledForAdmin(now, request);
			case PUBLISHED -> this.articles.findPublishedForAdmin(now, request);
		};
		return found.map((article) -> toRow(article, now));
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
				article.isVisibleAt(now) ? article.url() : null);
	}

	private String describe(Article article, Instant now) {
		if (article.isScheduledAt(now)) {
			return "Scheduled for " + this.dates.display(article.getPublishAt());
		}
		if (article.isVisibleAt(now)) {
			return "Published " + this.dates.display(article.getPublishAt());
		}
		return "Draft";
	}

	private static String statusLabel(Article article, Instant now) {
		if (article.isScheduledAt(now)) {
			return "Scheduled";
		}
		return article.isVisibleAt(now) ? "Published" : "Draft";
	}

}
