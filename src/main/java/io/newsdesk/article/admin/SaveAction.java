package io.newsdesk.article.admin;

import io.newsdesk.article.workflow.WorkflowAction;

/** Which button the editor pressed. */
public enum SaveAction {

	/** "Save draft": keep it (or take it) off the site. */
	DRAFT,

	/** "Publish": live now, or at the Publish at time if that is in the future. */
	PUBLISH,

	/**
	 * Enter pressed in a text field: the browser submits with the form's first button, a
	 * hidden one sending this. It saves without changing whether the article is on the
	 * site, so a stray Enter never takes a live article down (nor publishes a draft).
	 */
	KEEP,

	/** "Submit for review": a writer hands the draft to the editors. */
	SUBMIT,

	/** "Unpublish": withdrawn from the site, its URL answers 410. */
	UNPUBLISH,

	/** "Send back": an editor returns an article in review with a note. */
	SEND_BACK;

	static SaveAction fromButton(String value) {
		if ("publish".equals(value)) {
			return PUBLISH;
		}
		if ("submit".equals(value)) {
			return SUBMIT;
		}
		if ("unpublish".equals(value)) {
			return UNPUBLISH;
		}
		if ("send-back".equals(value)) {
			return SEND_BACK;
		}
		return "keep".equals(value) ? KEEP : DRAFT;
	}

	/** The move this button asks the workflow for (io.newsdesk.article.workflow). */
	WorkflowAction workflowAction() {
		return switch (this) {
			case DRAFT -> WorkflowAction.SAVE_DRAFT;
			case PUBLISH -> WorkflowAction.PUBLISH;
			case KEEP -> WorkflowAction.SAVE;
			case SUBMIT -> WorkflowAction.SUBMIT;
			case UNPUBLISH -> WorkflowAction.UNPUBLISH;
			case SEND_BACK -> WorkflowAction.SEND_BACK;
		};
	}

}
