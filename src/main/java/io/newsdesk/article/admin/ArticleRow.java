package io.newsdesk.article.admin;

/**
 * One line of the admin article list. {@code publicUrl} is null unless readers can see
 * it; {@code reviewNote} is the editor's note on a draft sent back, else null.
 */
record ArticleRow(long id, String headline, String status, String publishAt, String sectionName, String publicUrl,
		String reviewNote) {

	/** Public because the list template calls it: SpEL only sees public methods. */
	public String editUrl() {
		return "/admin/articles/" + this.id + "/edit";
	}

}
