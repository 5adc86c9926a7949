package io.newsdesk.article.admin;

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
	KEEP;

	static SaveAction fromButton(String value) {
		if ("publish".equals(value)) {
			return PUBLISH;
		}
		return "keep".equals(value) ? KEEP : DRAFT;
	}

}
