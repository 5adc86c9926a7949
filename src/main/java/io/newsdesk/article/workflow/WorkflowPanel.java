package io.newsdesk.article.workflow;

import java.util.List;

/**
 * The workflow part of the article form: the state, the buttons the person may press now,
 * and the note an editor left when sending the article back. Built by
 * {@link WorkflowQueries#panelFor}.
 *
 * @param buttons submit buttons of the article form, in order
 * @param sendBack whether the "Note for the writer" field and Send back button show
 * @param deleteUrl the confirmation page's address, or null when deleting is not allowed
 * @param restoreUrl where Restore posts, or null when not deleted or not allowed
 * @param readOnly why there are no buttons, or null when there are
 * @param note the editor's note, or null
 * @param noteBy who wrote the note
 * @param noteAt when, in the site's time zone
 */
public record WorkflowPanel(List<Button> buttons, boolean sendBack, String deleteUrl, String restoreUrl,
		String readOnly, String note, String noteBy, String noteAt) {

	/** A submit button: {@code name="action" value="..."}. */
	public record Button(String value, String label, boolean primary) {
	}

}
