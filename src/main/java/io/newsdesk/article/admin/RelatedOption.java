package io.newsdesk.article.admin;

/** An article offered in the form's Related articles list. */
record RelatedOption(long id, String label) {
}
