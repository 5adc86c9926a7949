package io.newsdesk.article.admin;

/** Which button the editor pressed. */
enum SaveAction {

	/** "Save draft": keep it (or take it) off the site. */
	DRAFT,

	/** "Publish": live now, or at the Publish at time if that is in the future. */
	PUBLISH;

	static SaveAction fromButton(String value) {
		return "publish".equals(value) ? PUBLISH : DRAFT;
	}

}
