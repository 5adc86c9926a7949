package io.newsdesk.search;

import java.time.Clock;
import java.util.List;

import io.newsdesk.search.SearchRepository.SearchRow;
import io.newsdesk.search.SearchResults.Outcome;
import io.newsdesk.site.SiteDates;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Site search: runs a reader's query against visible articles only ("now" from the
 * injected clock) and turns rows into what the page shows, snippets escaped here. The
 * page itself is {@link SearchController}.
 */
@Service
@Transactional(readOnly = true)
class SearchService {

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
	 * One page (0-based, below {@link SearchProperties#maxPages()}) of results. A page
	 * past the last one comes back with no hits; the caller decides what that means.
	 */
	SearchResults search(SearchQuery query, SearchFilters filters, int page) {
		if (query.isEmpty()) {
			return new SearchResults(Outcome.NO_QUERY, List.of(), 0, Page.empty());
		}
		String config = this.properties.language();
		List<SearchRow> rows = this.repository.search(config, query.text(), filters, this.clock.instant(),
				page * PAGE_SIZE, PAGE_SIZE);
		if (rows.isEmpty()) {
			Outcome outcome = (page == 0 && !this.repository.hasSearchableWords(config, query.text()))
					? Outcome.NO_SEARCHABLE_WORDS : Outcome.NO_RESULTS;
			return new SearchResults(outcome, List.of(), 0, Page.empty());
		}
		List<SearchHit> hits = rows.stream().map(this::toHit).toList();
		long total = rows.get(0).total();
		long reachable = Math.min(total, (long) this.properties.maxPages() * PAGE_SIZE);
		return new SearchResults(Outcome.FOUND, hits, total,
				new PageImpl<>(hits, PageRequest.of(page, PAGE_SIZE), reachable));
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

}
