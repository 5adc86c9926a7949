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
 * reachable page answer 404, as on other list pages.
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
			@RequestParam(defaultValue = "1") int page, Model model) {
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

		SearchResults results = this.search.search(query, filters, page - 1);
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
			model.addAttribute("pagination",
					Pagination.of(results.page(), baseUrl(query, sectionSlug, fromDate, toDate)));
		}
		// The layout adds <meta name="robots" content="noindex">: result pages are
		// endless
		// and thin, not something for search engines to index.
		model.addAttribute("noindex", true);
		return VIEW;
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
