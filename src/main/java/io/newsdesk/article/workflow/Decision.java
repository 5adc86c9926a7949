package io.newsdesk.article.workflow;

import io.newsdesk.article.ArticleStatus;

/**
 * The workflow's answer: the state the article ends in, or why not.
 *
 * @param next the state after the action (unchanged for delete and restore); null when
 * refused
 * @param refusal what to tell the person, in words they can act on; null when allowed
 * @param forbidden true when the refusal is about who they are (their role, or whose
 * article it is), which answers 403; false when it is about the article's current state,
 * which an editor sees as a message on the form
 */
public record Decision(ArticleStatus next, String refusal, boolean forbidden) {

	static Decision allow(ArticleStatus next) {
		return new Decision(next, null, false);
	}

	static Decision forbid(String reason) {
		return new Decision(null, reason, true);
	}

	static Decision notNow(String reason) {
		return new Decision(null, reason, false);
	}

	public boolean allowed() {
		return this.refusal == null;
	}

	/** Throws when refused, so a caller cannot forget to look. */
	public ArticleStatus orThrow() {
		if (!allowed()) {
			throw new ArticleActionRefusedException(this);
		}
		return this.next;
	}

}
