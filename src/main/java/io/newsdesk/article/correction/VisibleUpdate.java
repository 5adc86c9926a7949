package io.newsdesk.article.correction;

import java.time.Instant;

import io.newsdesk.article.Article;

/**
 * When an edit counts as an update readers are told about: the article was live before
 * the save and still is, what readers read changed (headline, standfirst, body, byline),
 * and the editor did not tick "Minor edit". ArticleEditor applies it on every save; a
 * correction note sets the same time through {@link ArticleNotes}.
 */
public final class VisibleUpdate {

	private VisibleUpdate() {
	}

	/**
	 * What readers read, to tell a real edit from a save that changed nothing they see.
	 */
	public static String readersText(Article article) {
		return String.join("\u0000", article.getHeadline(), article.getStandfirst(), article.getBodyMarkdown(),
				article.getByline());
	}

	/**
	 * @param wasPublic whether the article was visible just before this save
	 * @param previousText {@link #readersText} before the form was applied
	 */
	public static void afterEdit(Article article, boolean wasPublic, String previousText, boolean minorEdit,
			Instant now) {
		if (wasPublic && !minorEdit && article.isVisibleAt(now) && !readersText(article).equals(previousText)) {
			article.markUpdatedForReaders(now);
		}
	}

}
