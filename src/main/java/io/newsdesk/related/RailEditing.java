package io.newsdesk.related;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.article.Visibility;
import io.newsdesk.article.workflow.ArticleWorkflow;
import io.newsdesk.article.workflow.WorkflowAction;
import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;
import io.newsdesk.search.SearchProperties;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.SiteDates;
import io.newsdesk.site.SiteProperties;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' control of an article's Related Articles rail beyond its picks (which are an
 * article field, saved and revised with the article by ArticleEditor): the current
 * suggestions with the reasons they rank, blocking a suggestion for this article and
 * lifting the block, and the search for articles to pick. Shown on the article form
 * (io.newsdesk.article.admin.ArticleAdminController).
 * <p>
 * Whoever may save the article may block and unblock for it (ArticleWorkflow's rule for a
 * save: editors any article, writers only their own drafts). A block takes effect on the
 * site at once, without saving or re-publishing the article: taking an unfortunate
 * suggestion off a live story should not wait, nor mark the story as updated for readers.
 * Each block and unblock is in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class RailEditing {

	/** Most results the pick search returns. */
	public static final int SEARCH_LIMIT = 20;

	/** Most words of a pick search used (an editor types a few words of a headline). */
	private static final int SEARCH_WORDS = 6;

	/*
	 * Native SQL: JPQL has no tsquery. Prefix matching on the headline and standfirst
	 * lexemes (weights A and B) through the article_search_idx GIN index.
	 */
	private static final String SEARCH = "select a.id, a.headline, a.publish_at, s.name from article a"
			+ " join section s on s.id = a.section_id where " + Visibility.SQL
			+ " and a.id <> :exclude and a.search_vector @@ to_tsquery(cast(:config as regconfig), :query)"
			+ " order by a.publish_at desc, a.id desc limit :limit";

	private static final String BLOCKED = "select a.id, a.headline from related_block rb"
			+ " join article a on a.id = rb.blocked_article_id where rb.article_id = :id"
			+ " order by rb.created_at desc, a.id desc";

	private final RelatedRailQuery railQuery;

	private final ArticleRepository articles;

	private final EntityManager entityManager;

	private final CurrentStaff staff;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SiteDates dates;

	private final SiteProperties site;

	private final SearchProperties search;

	RailEditing(RelatedRailQuery railQuery, ArticleRepository articles, EntityManager entityManager, CurrentStaff staff,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, SiteDates dates, SiteProperties site,
			SearchProperties search) {
		this.railQuery = railQuery;
		this.articles = articles;
		this.entityManager = entityManager;
		this.staff = staff;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.dates = dates;
		this.site = site;
		this.search = search;
	}

	/**
	 * The saved article's current suggestions, best first, as many as a rail holds, each
	 * with why it is there. Two statements: the article, then the scored suggestions.
	 */
	public List<Suggestion> suggestionsFor(long articleId) {
		Article article = this.articles.findById(articleId).orElseThrow(NotFoundException::new);
		Instant now = this.clock.instant();
		return this.railQuery.suggestions(articleId, now, this.site.relatedCount())
			.stream()
			.map((scored) -> new Suggestion(scored.id(), scored.headline(), this.dates.shortDate(scored.publishAt()),
					RailReasons.of(scored, article.getSection().getName()), String.format("%.2f", scored.score())))
			.toList();
	}

	/** The articles blocked from this article's suggestions, latest block first. */
	public List<BlockedArticle> blockedFor(long articleId) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entityManager.createNativeQuery(BLOCKED)
			.setParameter("id", articleId)
			.getResultList();
		return rows.stream().map((row) -> new BlockedArticle(((Number) row[0]).longValue(), (String) row[1])).toList();
	}

	/**
	 * Stops suggesting {@code blockedId} under the article, on the site at once.
	 * @return the blocked article's headline, for the confirmation; empty if there is no
	 * such other article (deleted for good meanwhile)
	 * @throws io.newsdesk.article.workflow.ArticleActionRefusedException if the staff
	 * member may not change this article
	 */
	@Transactional
	public Optional<String> block(long articleId, long blockedId) {
		Actor actor = this.staff.require();
		Article article = authorized(articleId, actor);
		Article blocked = this.articles.findById(blockedId).orElse(null);
		if (blocked == null || blockedId == articleId) {
			return Optional.empty();
		}
		int added = this.entityManager
			.createNativeQuery("insert into related_block (article_id, blocked_article_id, created_at, created_by)"
					+ " values (:article, :blocked, :now, :by) on conflict do nothing")
			.setParameter("article", articleId)
			.setParameter("blocked", blockedId)
			.setParameter("now", this.clock.instant().truncatedTo(ChronoUnit.MICROS))
			.setParameter("by", actor.id())
			.executeUpdate();
		if (added > 0) {
			changed(article, "article.rail-block", blocked);
		}
		return Optional.of(blocked.getHeadline());
	}

	/**
	 * Lets {@code blockedId} be suggested under the article again.
	 * @return its headline, for the confirmation; empty if it no longer exists
	 */
	@Transactional
	public Optional<String> unblock(long articleId, long blockedId) {
		Actor actor = this.staff.require();
		Article article = authorized(articleId, actor);
		Article blocked = this.articles.findById(blockedId).orElse(null);
		if (blocked == null) {
			return Optional.empty();
		}
		int removed = this.entityManager
			.createNativeQuery(
					"delete from related_block where article_id = :article and blocked_article_id = :blocked")
			.setParameter("article", articleId)
			.setParameter("blocked", blockedId)
			.executeUpdate();
		if (removed > 0) {
			changed(article, "article.rail-unblock", blocked);
		}
		return Optional.of(blocked.getHeadline());
	}

	/**
	 * Articles readers can see whose headline or standfirst has words starting with the
	 * words typed, newest first; never the article itself.
	 * @param excludeId the article being edited, or {@code null} for a new one
	 */
	public List<PickCandidate> searchPicks(String text, Long excludeId) {
		String query = prefixQuery(text);
		if (query.isEmpty()) {
			return List.of();
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entityManager.createNativeQuery(SEARCH)
			.setParameter("now", this.clock.instant())
			.setParameter("exclude", (excludeId != null) ? excludeId : -1L)
			.setParameter("config", this.search.language())
			.setParameter("query", query)
			.setParameter("limit", SEARCH_LIMIT)
			.getResultList();
		return rows.stream()
			.map((row) -> new PickCandidate(((Number) row[0]).longValue(), (String) row[1],
					this.dates.shortDate(RelatedRailQuery.toInstant(row[2])), (String) row[3]))
			.toList();
	}

	/**
	 * "hong ko" → {@code hong:*AB & ko:*AB}. Only letters and digits reach the tsquery,
	 * so nothing typed can be read as its syntax.
	 */
	static String prefixQuery(String text) {
		if (text == null) {
			return "";
		}
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase().split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && words.size() < SEARCH_WORDS) {
				words.add(word.substring(0, Math.min(word.length(), 40)) + ":*AB");
			}
		}
		return String.join(" & ", words);
	}

	private Article authorized(long articleId, Actor actor) {
		Article article = this.articles.findById(articleId).orElseThrow(NotFoundException::new);
		ArticleWorkflow.decide(article, this.clock.instant(), WorkflowAction.SAVE, actor).orThrow();
		return article;
	}

	private void changed(Article article, String action, Article other) {
		this.audit.record(action, AuditSubject.article(article.getId(), article.getHeadline()),
				"\"" + other.getHeadline() + "\" (#" + other.getId() + ")");
		// The rail is on the article's public page: its caches drop it after commit.
		this.events.publishEvent(new PublicContentChanged(Set.of(article.getId())));
	}

	/** A suggestion on the form: its reasons, e.g. "shares tags: china, climate". */
	public record Suggestion(long id, String headline, String date, List<String> reasons, String score) {
	}

	public record BlockedArticle(long id, String headline) {
	}

	/** A pick search result (also the JSON the type-ahead reads). */
	public record PickCandidate(long id, String headline, String date, String section) {
	}

}
