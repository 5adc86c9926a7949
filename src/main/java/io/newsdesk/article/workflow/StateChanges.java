package io.newsdesk.article.workflow;

import java.time.Instant;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;
import io.newsdesk.site.SiteDates;
import io.newsdesk.staff.Actor;

import org.springframework.stereotype.Component;

/**
 * Carries out a move {@link ArticleWorkflow} allowed and writes it to the audit trail.
 * Called by ArticleEditor inside its transaction, so the article's new state and its
 * audit entry are committed together or not at all.
 */
@Component
public class StateChanges {

	private final AuditTrail audit;

	private final SiteDates dates;

	StateChanges(AuditTrail audit, SiteDates dates) {
		this.audit = audit;
		this.dates = dates;
	}

	/**
	 * Puts the article in {@code next}. {@code publishAt} is the form's publish time:
	 * when to publish (null = now) or, for an article off the site, the planned time.
	 */
	public void apply(Article article, ArticleStatus next, WorkflowAction action, Instant publishAt, Instant now,
			Actor actor, String note) {
		ArticleStatus before = article.getStatus();
		switch (next) {
			case PUBLISHED -> article.publish((publishAt != null) ? publishAt : now);
			case UNPUBLISHED -> article.withdraw((before == ArticleStatus.PUBLISHED) ? article.getPublishAt()
					: (publishAt != null) ? publishAt : article.getPublishAt());
			case IN_REVIEW -> {
				if (before == ArticleStatus.IN_REVIEW && article.getId() != null) {
					article.planPublishAt(publishAt);
				}
				else {
					article.submitForReview(publishAt, actor.id(), now);
				}
			}
			case DRAFT -> {
				if (action == WorkflowAction.SEND_BACK) {
					article.sendBack(publishAt, note, actor.id(), now);
				}
				else {
					article.saveAsDraft(publishAt);
				}
			}
		}
	}

	/**
	 * Records the state change, if there was one, once the article has its id.
	 * {@code before} is null for an article just created.
	 */
	public void record(Article article, ArticleStatus before, WorkflowAction action, Instant now) {
		ArticleStatus after = article.getStatus();
		AuditSubject subject = AuditSubject.article(article.getId(), article.getHeadline());
		if (before == null) {
			this.audit.record("article.create", subject, "Created as " + label(after, article, now));
		}
		// Edits that keep the state are the revision history's business, not the audit's.
		if (before == after || (before == null && after == ArticleStatus.DRAFT)) {
			return;
		}
		String detail = "From " + ((before != null) ? label(before, null, now) : "new") + " to "
				+ label(after, article, now);
		String name = switch (after) {
			case PUBLISHED -> "article.publish";
			case UNPUBLISHED -> "article.unpublish";
			case IN_REVIEW -> "article.submit";
			case DRAFT -> (action == WorkflowAction.SEND_BACK) ? "article.send-back" : "article.return-to-draft";
		};
		if (after == ArticleStatus.PUBLISHED) {
			detail += publishTime(article, now);
		}
		if (action == WorkflowAction.SEND_BACK) {
			detail += ". Note: " + article.getReviewNote();
		}
		this.audit.record(name, subject, detail);
	}

	public void recordDeleted(Article article) {
		this.audit.record("article.delete", AuditSubject.article(article.getId(), article.getHeadline()),
				"Deleted while " + label(article.getStatus(), null, null));
	}

	public void recordRestored(Article article) {
		this.audit.record("article.restore", AuditSubject.article(article.getId(), article.getHeadline()),
				"Restored as " + label(article.getStatus(), null, null));
	}

	private String publishTime(Article article, Instant now) {
		return (article.getPublishAt().isAfter(now) ? ", scheduled for " : ", dated ")
				+ this.dates.display(article.getPublishAt());
	}

	/** "Draft", "In review", "Scheduled", "Published", "Unpublished". */
	public static String label(ArticleStatus status, Article article, Instant now) {
		return switch (status) {
			case DRAFT -> "Draft";
			case IN_REVIEW -> "In review";
			case PUBLISHED ->
				(article != null && now != null && article.isScheduledAt(now)) ? "Scheduled" : "Published";
			case UNPUBLISHED -> "Unpublished";
		};
	}

}
