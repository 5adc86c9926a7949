package io.newsdesk.search;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.newsdesk.search.SearchRepository.PageAt;
import io.newsdesk.search.SearchRepository.SearchRow;
import io.newsdesk.search.SearchResults.Outcome;
import io.newsdesk.site.SiteDates;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Site search: runs a reader's query against visible articles only ("now" from the
 * injected clock, or the earlier moment a search being paged through started) and turns
 * rows into what the page shows, snippets escaped here. The page itself is
 * {@link SearchController}.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	static final int PAGE_SIZE = 20;

	private final SearchRepository repository;

	private final SearchProperties properties;

	private final SiteDates dates;

	private final Clock clock;

	SearchService(SearchRepository repository, SearchProperties properties, SiteDates dates, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.dates = dates;
		this.clock = clock;
	}

	/**
	 * One page of results: page 1, the page after or before a cursor from a Next or
	 * Previous link, or (no cursor) page {@code page} counted from the top. A page past
	 * the last comes back with no hits; the caller decides what that means.
	 */
	SearchResults search(SearchQuery query, SearchFilters filters, SearchPageRequest request) {
		if (query.isEmpty()) {
			return SearchResults.none(Outcome.NO_QUERY);
		}
		String config = this.properties.language();
		// Milliseconds, as the cursor carries it: page 2 must score exactly as page 1
		// did.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		SearchCursor cursor = request.cursor();
		// A forged cursor from the future must not make scheduled stories visible.
		Instant asOf = (cursor != null && cursor.asOf().isBefore(now)) ? cursor.asOf() : now;
		PageAt at = (cursor == null) ? PageAt.offset((request.page() - 1) * PAGE_SIZE)
				: request.backwards() ? PageAt.before(cursor.at(asOf)) : PageAt.after(cursor.at(asOf));
		int ranked = this.properties.maxPages() * PAGE_SIZE;
		List<SearchRow> rows = this.repository.search(config, query.text(), filters, asOf, ranked, at, PAGE_SIZE + 1);
		if (rows.isEmpty()) {
			Outcome outcome = (request.page() == 1 && !this.repository.hasSearchableWords(config, query.text()))
					? Outcome.NO_SEARCHABLE_WORDS : Outcome.NO_RESULTS;
			return SearchResults.none(outcome);
		}
		boolean moreBeyond = rows.size() > PAGE_SIZE;
		if (moreBeyond) {
			// The extra row is the one furthest along the reading direction.
			rows = at.before() ? rows.subList(1, rows.size()) : rows.subList(0, PAGE_SIZE);
		}
		boolean hasPrevious = at.before() ? moreBeyond : request.page() > 1;
		boolean hasNext = at.before() || moreBeyond;
		SearchRow first = rows.get(0);
		SearchRow last = rows.get(rows.size() - 1);
		return new SearchResults(Outcome.FOUND, rows.stream().map(this::toHit).toList(), first.total(), ranked,
				request.page(), hasPrevious ? cursorOf(asOf, first) : null, hasNext ? cursorOf(asOf, last) : null);
	}

	/**
	 * The first page for {@code typed}, no filters, as the search page shows it: what the
	 * benchmark (io.newsdesk.benchmark) times. Answers the number of hits.
	 */
	public int firstPageHits(String typed) {
		return search(SearchQuery.of(typed, this.properties.maxQueryLength()), SearchFilters.NONE,
				SearchPageRequest.first())
			.hits()
			.size();
	}

	/**
	 * {@code explain (analyze, buffers)} of the statement {@link #firstPageHits} runs.
	 */
	public List<String> explainFirstPage(String typed) {
		return this.repository.explain("explain (analyze, buffers)", this.properties.language(), typed,
				SearchFilters.NONE, this.clock.instant().truncatedTo(ChronoUnit.MILLIS),
				this.properties.maxPages() * PAGE_SIZE, PageAt.offset(0), PAGE_SIZE + 1);
	}

	private static SearchCursor cursorOf(Instant asOf, SearchRow row) {
		return new SearchCursor(asOf, row.score(), row.publishAt(), row.id());
	}

	private SearchHit toHit(SearchRow row) {
		return new SearchHit(row.headline(), "/articles/" + row.slug(), row.sectionName(),
				"/sections/" + row.sectionSlug(), this.dates.iso(row.publishAt()), this.dates.display(row.publishAt()),
				snippetHtml(row.snippet()));
	}

	/**
	 * ts_headline marks matches but does not escape the article's text, and the page
	 * shows the snippet unescaped: so escape everything first, then turn only our marker
	 * characters (stripped from the text before ts_headline saw it) into {@code <mark>}.
	 */
	static String snippetHtml(String snippet) {
		if (snippet == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(snippet)
			.replace(SearchRepository.START, "<mark>")
			.replace(SearchRepository.STOP, "</mark>");
	}

	/**
	 * Which page to show.
	 *
	 * @param page its number from 1 (shown, and the offset when there is no cursor)
	 * @param cursor from a Next link (rows after it) or a Previous link (rows before it),
	 * or null
	 * @param backwards whether the cursor came from a Previous link
	 */
	record SearchPageRequest(int page, SearchCursor cursor, boolean backwards) {

		static SearchPageRequest first() {
			return new SearchPageRequest(1, null, false);
		}

	}

}
