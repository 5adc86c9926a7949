package io.newsdesk.article.preview;

/** An active preview link as the edit page lists it (the token itself is never kept). */
public record PreviewLinkRow(long id, String createdBy, String createdDisplay, String expiresIso,
		String expiresDisplay) {
}
