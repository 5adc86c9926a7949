package io.newsdesk.article.revision;

import java.util.List;

/**
 * What differs between two versions of an article: the body word by word, every other
 * field as before and after. Texts are plain; templates escape them.
 */
public record Comparison(List<FieldChange> fields, List<WordDiff.Run> body, boolean bodyChanged) {

	public boolean isEmpty() {
		return this.fields.isEmpty() && !this.bodyChanged;
	}

	/** A changed field, e.g. Headline: "Rates rise" before, "Rates rise again" after. */
	public record FieldChange(String label, String before, String after) {

	}

	/** How a revision is introduced on the diff and restore pages. */
	public record RevisionMeta(int number, String who, String when, String whenIso, String status) {

	}

}
