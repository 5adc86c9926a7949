package io.newsdesk.article.workflow;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.StaffRole;

import static io.newsdesk.article.ArticleStatus.DRAFT;
import static io.newsdesk.article.ArticleStatus.IN_REVIEW;
import static io.newsdesk.article.ArticleStatus.PUBLISHED;
import static io.newsdesk.article.ArticleStatus.UNPUBLISHED;

/**
 * The newsroom's state machine, in one place: given an article's state, an action, the
 * actor's role and whether the actor created the article, the state it moves to or why
 * not. Everything that changes an article's state asks it first (ArticleEditor), and the
 * article form shows exactly the buttons it allows ({@link #available}).
 * <p>
 * Editors and admins may do anything that makes sense in the current state. Writers
 * create articles, change their own drafts and submit them for review. A writer may take
 * their own article back out of review (to fix something they noticed) but not change it
 * while it waits, so an editor never reviews a moving target. Writers never publish,
 * unpublish, review or restore, never touch a published, scheduled or withdrawn article,
 * and never touch someone else's article; they may delete their own draft only if it was
 * never on the site (after that, deleting it is an editorial decision).
 */
public final class ArticleWorkflow {

	private ArticleWorkflow() {
	}

	/** Whether the actor may open the article in the admin at all. */
	public static boolean mayOpen(StaffRole role, boolean owns) {
		return isEditor(role) || owns;
	}

	/**
	 * The actions allowed now, in the order the form shows them (delete and restore
	 * last).
	 */
	public static List<WorkflowAction> available(ArticleFacts article, StaffRole role, boolean owns) {
		return Arrays.stream(WorkflowAction.values())
			.filter((action) -> decide(article, action, role, owns).allowed())
			.toList();
	}

	/**
	 * @param owns whether the actor created the article (always true for a new one)
	 */
	public static Decision decide(ArticleFacts article, WorkflowAction action, StaffRole role, boolean owns) {
		return isEditor(role) ? forEditor(article, action) : forWriter(article, action, owns || article.isNew());
	}

	/**
	 * {@link #decide} for a stored article (or null for a new one) and a staff member:
	 * the owner is whoever created it.
	 */
	public static Decision decide(Article article, Instant now, WorkflowAction action, Actor actor) {
		if (article == null) {
			return decide(ArticleFacts.NEW, action, actor.role(), true);
		}
		return decide(ArticleFacts.of(article, now), action, actor.role(), owns(actor, article));
	}

	public static boolean owns(Actor actor, Article article) {
		return actor.id() != null && actor.id().equals(article.getCreatedBy());
	}

	private static boolean isEditor(StaffRole role) {
		return role == StaffRole.ADMIN || role == StaffRole.EDITOR;
	}

	private static Decision forEditor(ArticleFacts article, WorkflowAction action) {
		ArticleStatus status = article.status();
		if (article.deleted()) {
			return (action == WorkflowAction.RESTORE) ? Decision.allow(status)
					: Decision.notNow("This article has been deleted. Restore it from the Deleted list first.");
		}
		if (article.isNew()) {
			return forNewArticle(action, true);
		}
		return switch (action) {
			case SAVE -> Decision.allow(status);
			case SAVE_DRAFT -> Decision.allow(DRAFT);
			case SUBMIT -> switch (status) {
				case DRAFT -> Decision.allow(IN_REVIEW);
				case IN_REVIEW -> Decision.notNow("It is already waiting for review.");
				case PUBLISHED, UNPUBLISHED ->
					Decision.notNow("Only a draft can be submitted for review. Return it to draft first.");
			};
			case PUBLISH -> Decision.allow(PUBLISHED);
			case UNPUBLISH -> (status == PUBLISHED) ? Decision.allow(UNPUBLISHED)
					: Decision.notNow("Only a published or scheduled article can be unpublished.");
			case SEND_BACK -> (status == IN_REVIEW) ? Decision.allow(DRAFT)
					: Decision.notNow("Only an article waiting for review can be sent back.");
			case DELETE -> Decision.allow(status);
			case RESTORE -> Decision.notNow("This article is not deleted.");
		};
	}

	private static Decision forWriter(ArticleFacts article, WorkflowAction action, boolean owns) {
		if (!owns) {
			return Decision.forbid("Writers can change only their own articles.");
		}
		switch (action) {
			case PUBLISH:
				return Decision
					.forbid("Writers cannot publish. Submit the article for review and an editor will publish it.");
			case UNPUBLISH:
				return Decision.forbid("Only editors can unpublish an article.");
			case SEND_BACK:
				return Decision.forbid("Only editors review articles.");
			case RESTORE:
				return Decision.forbid("Only editors can restore a deleted article.");
			default:
				break;
		}
		if (article.deleted()) {
			return Decision.notNow("This article has been deleted.");
		}
		if (article.isNew()) {
			return forNewArticle(action, false);
		}
		return switch (article.status()) {
			case DRAFT -> switch (action) {
				case SUBMIT -> Decision.allow(IN_REVIEW);
				case DELETE -> article.everPublished()
						? Decision.forbid("It has been on the site, so only an editor can delete it.")
						: Decision.allow(DRAFT);
				default -> Decision.allow(DRAFT);
			};
			case IN_REVIEW -> switch (action) {
				case SAVE_DRAFT -> Decision.allow(DRAFT);
				case SUBMIT -> Decision.notNow("It is already waiting for review.");
				case DELETE ->
					Decision.notNow("It is waiting for review. Return it to draft first if you want to delete it.");
				default -> Decision.notNow(
						"It is waiting for review, so it cannot be changed. Return it to draft to change it, then submit it again.");
			};
			case PUBLISHED, UNPUBLISHED ->
				Decision.forbid("Only editors can change a published, scheduled or withdrawn article.");
		};
	}

	private static Decision forNewArticle(WorkflowAction action, boolean editor) {
		return switch (action) {
			case SAVE, SAVE_DRAFT -> Decision.allow(DRAFT);
			case SUBMIT -> Decision.allow(IN_REVIEW);
			case PUBLISH -> editor ? Decision.allow(PUBLISHED) : Decision
				.forbid("Writers cannot publish. Submit the article for review and an editor will publish it.");
			default -> Decision.notNow("Save the article first.");
		};
	}

}
