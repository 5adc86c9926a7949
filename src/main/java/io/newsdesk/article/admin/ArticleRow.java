package io.newsdesk.article.admin;

/**
 * One line of the admin article list. {@code publicUrl} is null unless readers can see
 * it.
 */
record ArticleRow(long id, String headline, String status, String publishAt, String sectionName, String publicUrl) {

	public String editUrl() {
		return "/admin/articles/" + this.id + "/edit";
	}

}
