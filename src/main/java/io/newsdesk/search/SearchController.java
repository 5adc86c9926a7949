package io.newsdesk.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.Pagination;
import io.newsdesk.site.SiteDates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page, {@code /search?q=…}, reached from the box in every page's
 * masthead. Whatever arrives in the parameters answers a normal page: an empty or
 * unsearchable query gets a hint, an over-long one is shortened (and the reader told), an
 * unreadable date is ignored with a message. Only page numbers outside 1 to the deepest
 * reachable page answer 404, as on other list pages. Next and Previous carry a keyset
 * cursor ({@link SearchCursor}), so paging through one search neither repeats nor skips a
 * result; a missing or unreadable cursor shows the page by its number instead.
 */
@Controller
class SearchController {

	static final String VIEW = "search/index";

	private final SearchService search;

	private final SearchProperties properties;

	private final SiteDates dates;

	SearchController(SearchService search, SearchProperties properties, SiteDates dates) {
		this.search = search;
		this.properties = properties;
		this.dates = dates;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String section,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String after,
			@RequestParam(required = false) String before, Model model) {
		if (page < 1 || page > this.properties.maxPages()) {
			throw new NotFoundException();
		}
		SearchQuery query = SearchQuery.of(q, this.properties.maxQueryLength());
		String sectionSlug = blankToNull(section);
		LocalDate fromDate = parseDate(from);
		LocalDate toDate = parseDate(to);
		boolean badDate = (fromDate == null && blankToNull(from) != null)
				|| (toDate == null && blankToNull(to) != null);
		SearchFilters filters = new SearchFilters(sectionSlug,
				(fromDate != null) ? this.dates.fromSiteLocal(fromDate.atStartOfDay()) : null,
				(toDate != null) ? untilEndOf(toDate) : null);

		SearchCursor afterCursor = (page > 1) ? SearchCursor.decode(after) : null;
		SearchCursor beforeCursor = (page > 1 && afterCursor == null) ? SearchCursor.decode(before) : null;
		SearchResults results = this.search.search(query, filters, new SearchService.SearchPageRequest(page,
				(afterCursor != null) ? afterCursor : beforeCursor, afterCursor == null && beforeCursor != null));
		if (page > 1 && !results.found()) {
			throw new NotFoundException();
		}

		model.addAttribute("query", query.text());
		model.addAttribute("shortened", query.shortened());
		model.addAttribute("maxQueryLength", this.properties.maxQueryLength());
		model.addAttribute("selectedSection", (sectionSlug != null) ? sectionSlug : "");
		model.addAttribute("from", (fromDate != null) ? fromDate.toString() : "");
		model.addAttribute("to", (toDate != null) ? toDate.toString() : "");
		model.addAttribute("badDate", badDate);
		model.addAttribute("results", results);
		if (results.found()) {
			model.addAttribute("pagination", pagination(results, baseUrl(query, sectionSlug, fromDate, toDate)));
		}
		// The layout adds <meta name="robots" content="noindex">: result pages are
		// endless
		// and thin, not something for search engines to index.
		model.addAttribute("noindex", true);
		return VIEW;
	}

	/** Page 1 is the plain search URL; other pages are reached through a cursor. */
	private static Pagination pagination(SearchResults results, String baseUrl) {
		int number = results.page();
		String previous = null;
		if (results.previous() != null) {
			previous = (number <= 2) ? baseUrl
					: baseUrl + "&page=" + (number - 1) + "&before=" + results.previous().encode();
		}
		String next = (results.next() != null) ? baseUrl + "&page=" + (number + 1) + "&after=" + results.next().encode()
				: null;
		return new Pagination(number, Math.max(results.totalPages(), number), previous, next);
	}

	private Instant untilEndOf(LocalDate date) {
		return this.dates.fromSiteLocal(date.plusDays(1).atStartOfDay());
	}

	/**
	 * Every value percent-encoded in full: a query may hold {@code &}, {@code +} or
	 * {@code #}.
	 */
	private static String baseUrl(SearchQuery query, String section, LocalDate from, LocalDate to) {
		StringBuilder url = new StringBuilder("/search?q=").append(encode(query.text()));
		if (section != null) {
			url.append("&section=").append(encode(section));
		}
		if (from != null) {
			url.append("&from=").append(from);
		}
		if (to != null) {
			url.append("&to=").append(to);
		}
		return url.toString();
	}

	/** %20 rather than URLEncoder's "+": both servers and clients read it as a space. */
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static LocalDate parseDate(String value) {
		String date = blankToNull(value);
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
