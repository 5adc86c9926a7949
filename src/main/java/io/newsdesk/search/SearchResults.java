package io.newsdesk.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param outcome which message the page shows
 * @param hits this page's results, best first
 * @param total how many visible articles match, counted up to {@code ranked + 1}
 * @param ranked how many matches a search ranks at most (the newest ones): when
 * {@code total} is more, the page says "more than"
 * @param page this page's number, from 1
 * @param previous the cursor for the Previous link, or null on the first page
 * @param next the cursor for the Next link, or null on the last page
 */
public record SearchResults(Outcome outcome, List<SearchHit> hits, long total, int ranked, int page,
		SearchCursor previous, SearchCursor next) {

	static SearchResults none(Outcome outcome) {
		return new SearchResults(outcome, List.of(), 0, 0, 1, null, null);
	}

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

	/** More matches than are ranked: only the newest {@link #ranked()} are shown. */
	public boolean moreThanRanked() {
		return this.total > this.ranked;
	}

	/** Pages of results a reader can reach: the ranked matches, 20 a page. */
	public int totalPages() {
		long shown = Math.min(this.total, this.ranked);
		return (int) Math.max(1, (shown + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE);
	}

}
