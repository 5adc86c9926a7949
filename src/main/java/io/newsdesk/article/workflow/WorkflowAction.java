package io.newsdesk.article.workflow;

/**
 * Everything staff can do to an article that the workflow has an opinion on. The article
 * form's buttons map onto the first six (io.newsdesk.article.admin.SaveAction); delete
 * and restore have their own pages.
 */
public enum WorkflowAction {

	/** Save the text and keep the state (Enter in a field, "Save changes"). */
	SAVE("Save changes"),

	/** Save as a draft: "Save draft" on a draft, "Return to draft" on anything else. */
	SAVE_DRAFT("Save draft"),

	/** A writer hands the draft to the editors. */
	SUBMIT("Submit for review"),

	/** On the site now, or scheduled for a future publish time. */
	PUBLISH("Publish"),

	/** Withdraw from the site: its URL then answers 410 Gone. */
	UNPUBLISH("Unpublish"),

	/** An editor returns an article in review to its writer with a note. */
	SEND_BACK("Send back"),

	/** Soft delete, restorable for the retention period. */
	DELETE("Delete"),

	/** Undo a soft delete. */
	RESTORE("Restore");

	private final String label;

	WorkflowAction(String label) {
		this.label = label;
	}

	/** What the button says. Public because templates call it. */
	public String label() {
		return this.label;
	}

}
