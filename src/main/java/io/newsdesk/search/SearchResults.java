package io.newsdesk.search;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * What a search found.
 *
 * @param outcome which message the page shows
 * @param hits this page's results, best first
 * @param total how many visible articles match in all
 * @param page the page of hits, for previous/next links (capped at the deepest page
 * readers may reach)
 */
public record SearchResults(Outcome outcome, List<SearchHit> hits, long total, Page<SearchHit> page) {

	public enum Outcome {

		/** Nothing typed: the form and a hint, no query run. */
		NO_QUERY,

		/** Only words too common to search for, like "the and of". */
		NO_SEARCHABLE_WORDS,

		/** Searched, found nothing. */
		NO_RESULTS,

		FOUND

	}

	public boolean found() {
		return this.outcome == Outcome.FOUND;
	}

}
