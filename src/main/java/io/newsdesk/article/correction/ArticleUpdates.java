package io.newsdesk.article.correction;

import java.util.List;

/**
 * What the article page says changed since it appeared: the "Updated" time (both fields
 * {@code null} when it never visibly changed) and the notes, newest first.
 */
public record ArticleUpdates(String updatedIso, String updatedDisplay, List<NoteView> notes) {

	public static final ArticleUpdates NONE = new ArticleUpdates(null, null, List.of());

	public boolean updated() {
		return this.updatedIso != null;
	}

}
