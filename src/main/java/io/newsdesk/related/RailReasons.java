package io.newsdesk.related;

import java.util.ArrayList;
import java.util.List;

/**
 * Says in words why a suggestion ranks, from the terms of its score
 * ({@link RelatedRailQuery.ScoredSuggestion}): each term that counted gives a reason.
 */
final class RailReasons {

	/** Recency factor of a story 30 days old: anything younger counts as recent. */
	static final double RECENT = 0.75;

	private RailReasons() {
	}

	static List<String> of(RelatedRailQuery.ScoredSuggestion suggestion, String sectionName) {
		List<String> reasons = new ArrayList<>();
		if (suggestion.tagScore() > 0 && !suggestion.sharedTags().isEmpty()) {
			reasons.add(((suggestion.sharedTags().size() == 1) ? "shares tag: " : "shares tags: ")
					+ String.join(", ", suggestion.sharedTags()));
		}
		if (suggestion.sectionScore() > 0) {
			reasons.add("same section: " + sectionName);
		}
		if (suggestion.textScore() > 0) {
			reasons.add("similar text");
		}
		if (suggestion.recency() > RECENT) {
			reasons.add("recent");
		}
		return reasons;
	}

}
