package io.newsdesk.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page as readers use it: ranking, search syntax, visibility, filters,
 * snippets and the box in the masthead. Bad queries are in SearchBadQueryTests.
 */
@NewsdeskTest
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SqlStatementCounter statements;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void theTwoSearchFormsAreTwoLandmarksScreenReadersCanTellApart() throws Exception {
		Document page = Html.page(this.mvc, "/search?q=anything");

		// Landmark navigation lists both forms; unnamed, they would read as two "search".
		assertThat(page.select("[role=search]")).extracting((form) -> form.attr("aria-label"))
			.containsExactly("Site search", "Search with filters");
	}

	@Test
	void headlineMatchRanksAboveBodyOnlyMatch() throws Exception {
		this.data.anArticle()
			.withHeadline("Markets steady after rate decision")
			.withBody("Analysts also watched the monsoon closely.")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.data.anArticle()
			.withHeadline("Monsoon arrives early in Kerala")
			.withBody("Rain fell across the state.")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.data.anArticle().withHeadline("Unrelated story").publishedAgo(Duration.ofHours(1)).save();

		Document page = Html.page(this.mvc, "/search?q=monsoon");

		assertThat(Html.cardHeadlines(page)).containsExactly("Monsoon arrives early in Kerala",
				"Markets steady after rate decision");
		assertThat(page.select(".search-count").text()).isEqualTo("2 results for “monsoon”");
	}

	@Test
	void newerRanksAboveOlderAtEqualRelevance() throws Exception {
		this.data.anArticle().withHeadline("Glacier retreat measured").publishedAgo(Duration.ofDays(200)).save();
		this.data.anArticle().withHeadline("Glacier retreat measured again").publishedAgo(Duration.ofDays(2)).save();
		this.data.anArticle()
			.withHeadline("Glacier retreat measured once more")
			.publishedAgo(Duration.ofDays(40))
			.save();

		Document page = Html.page(this.mvc, "/search?q=glacier");

		assertThat(Html.cardHeadlines(page)).containsExactly("Glacier retreat measured again",
				"Glacier retreat measured once more", "Glacier retreat measured");
	}

	@Test
	void headlineMatchStillBeatsAMuchNewerBodyOnlyMatch() throws Exception {
		this.data.anArticle().withHeadline("Typhoon hits coast").publishedAgo(Duration.ofDays(3000)).save();
		this.data.anArticle()
			.withHeadline("Shipping news")
			.withBody("Ports closed ahead of the typhoon.")
			.publishedAgo(Duration.ofMinutes(5))
			.save();

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=typhoon"))).containsExactly("Typhoon hits coast",
				"Shipping news");
	}

	@Test
	void quotedPhraseMatchesOnlyTheWordsTogether() throws Exception {
		this.data.anArticle()
			.withHeadline("Protests in Hong Kong")
			.withBody("Crowds gathered.")
			.publishedAgo(Duration.ofHours(1))
			.save();
		this.data.anArticle()
			.withHeadline("King Kong remake announced")
			.withBody("Filming starts in Hong Zhou province.")
			.publishedAgo(Duration.ofHours(1))
			.save();

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=\"hong kong\"")))
			.containsExactly("Protests in Hong Kong");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=hong kong"))).hasSize(2);
	}

	@Test
	void orFindsEitherWordAndMinusLeavesAWordOut() throws Exception {
		this.data.anArticle().withHeadline("Tariffs on steel").publishedAgo(Duration.ofHours(3)).save();
		this.data.anArticle().withHeadline("Tariffs on aluminium").publishedAgo(Duration.ofHours(2)).save();
		this.data.anArticle().withHeadline("Copper prices climb").publishedAgo(Duration.ofHours(1)).save();

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=steel or copper")))
			.containsExactlyInAnyOrder("Tariffs on steel", "Copper prices climb");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=tariffs -steel")))
			.containsExactly("Tariffs on aluminium");
	}

	@Test
	void draftsAndScheduledArticlesAreNeverFoundUntilTheirTime() throws Exception {
		this.data.anArticle().withHeadline("Volcano erupts (published)").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle().withHeadline("Volcano erupts (draft)").draft().save();
		this.data.anArticle()
			.withHeadline("Volcano erupts (old draft)")
			.draftPlannedFor(Instant.now().minus(Duration.ofDays(1)))
			.save();
		this.data.anArticle().withHeadline("Volcano erupts (embargoed)").scheduledIn(Duration.ofHours(2)).save();

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=volcano")))
			.containsExactly("Volcano erupts (published)");

		this.data.clock().advance(Duration.ofHours(3));

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=volcano")))
			.containsExactlyInAnyOrder("Volcano erupts (published)", "Volcano erupts (embargoed)");
	}

	@Test
	void sectionFilterKeepsOnlyThatSection() throws Exception {
		this.data.anArticle().withHeadline("Election called").inSection("uk").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle()
			.withHeadline("Election abroad")
			.inSection("world")
			.publishedAgo(Duration.ofHours(1))
			.save();

		Document page = Html.page(this.mvc, "/search?q=election&section=uk");

		assertThat(Html.cardHeadlines(page)).containsExactly("Election called");
		assertThat(page.select("#search-section option[selected]").attr("value")).isEqualTo("uk");
		assertThat(page.select(".search-result .card-section").text()).isEqualTo("UK");
	}

	@Test
	void dateFilterUsesWholeDaysInTheSiteTimeZone() throws Exception {
		ZoneId london = ZoneId.of("Europe/London");
		// 23:30 in London on 19 June is 22:30 UTC: it belongs to the 19th, not the 20th.
		this.data.anArticle()
			.withHeadline("Heatwave on the 19th")
			.publishedAt(LocalDate.of(2025, 6, 19).atTime(23, 30).atZone(london).toInstant())
			.save();
		this.data.anArticle()
			.withHeadline("Heatwave on the 20th")
			.publishedAt(LocalDate.of(2025, 6, 20).atTime(0, 30).atZone(london).toInstant())
			.save();
		this.data.anArticle()
			.withHeadline("Heatwave on the 21st")
			.publishedAt(LocalDate.of(2025, 6, 21).atTime(12, 0).atZone(london).toInstant())
			.save();

		Document page = Html.page(this.mvc, "/search?q=heatwave&from=2025-06-20&to=2025-06-20");

		assertThat(Html.cardHeadlines(page)).containsExactly("Heatwave on the 20th");
		assertThat(page.select("#search-from").val()).isEqualTo("2025-06-20");
		assertThat(page.select("#search-to").val()).isEqualTo("2025-06-20");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=heatwave&from=2025-06-20")))
			.containsExactly("Heatwave on the 21st", "Heatwave on the 20th");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=heatwave&to=2025-06-19")))
			.containsExactly("Heatwave on the 19th");
	}

	@Test
	void unreadableDateIsIgnoredWithAMessage() throws Exception {
		this.data.anArticle().withHeadline("Harvest report").publishedAgo(Duration.ofHours(1)).save();

		Document page = Html.page(this.mvc, "/search?q=harvest&from=20-06-2025&to=yesterday");

		assertThat(Html.cardHeadlines(page)).containsExactly("Harvest report");
		assertThat(page.select(".alert").text()).contains("Dates must look like 2025-06-20");
		assertThat(page.select("#search-from").val()).isEmpty();
	}

	@Test
	void snippetHighlightsTheMatchAndEscapesTheArticleText() throws Exception {
		this.data.anArticle()
			.withHeadline("Budget day")
			.withStandfirst("The chancellor's <b>bold</b> plan.")
			.withBody("Before the speech <script>alert('x')</script> the chancellor said the deficit would fall"
					+ " 5% & costs < 3 in the \uE000year\uE001.")
			.publishedAgo(Duration.ofHours(1))
			.save();

		Document page = Html.page(this.mvc, "/search?q=deficit");

		assertThat(page.select(".search-snippet mark").eachText()).containsExactly("deficit");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select(".search-snippet b")).isEmpty();
		// Snippets come from the sanitised text (the script is gone); whatever text is
		// kept is escaped, including a stray "<" and "&" and our own marker characters
		// typed into the article.
		assertThat(page.select(".search-snippet").text()).doesNotContain("alert")
			.contains("5% & costs < 3 in the year")
			.doesNotContain("\uE000");
	}

	@Test
	void resultShowsHeadlineLinkSectionAndDate() throws Exception {
		this.data.anArticle()
			.withHeadline("Orchestra tours Asia")
			.withSlug("orchestra-tours-asia")
			.inSection("culture")
			.publishedAgo(Duration.ofHours(1))
			.save();

		Document page = Html.page(this.mvc, "/search?q=orchestra");

		assertThat(page.select(".search-result h2 a").attr("href")).isEqualTo("/articles/orchestra-tours-asia");
		assertThat(page.select(".search-result .card-section a").attr("href")).isEqualTo("/sections/culture");
		assertThat(page.select(".search-result time").attr("datetime")).isNotBlank();
	}

	@Test
	void queryStaysInTheBox() throws Exception {
		Document page = Html.page(this.mvc, "/search?q=\"hong kong\" -trade");

		assertThat(page.select("#search-q").val()).isEqualTo("\"hong kong\" -trade");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void resultsArePagedTwentyAtATimeAndKeepTheQueryInPageLinks() throws Exception {
		for (int i = 1; i <= 25; i++) {
			this.data.anArticle().withHeadline("Drought update " + i).publishedAgo(Duration.ofMinutes(i)).save();
		}

		Document first = encodedPage("/search?q=drought%20%26%20update&section=world");
		String next = first.select("a[rel=next]").attr("href");
		Document second = encodedPage(next);

		assertThat(Html.cardHeadlines(first)).hasSize(20).startsWith("Drought update 1");
		assertThat(next).startsWith("/search?q=drought%20%26%20update&section=world&page=2&after=");
		assertThat(Html.cardHeadlines(second)).hasSize(5).endsWith("Drought update 25");
		assertThat(first.select(".search-count").text()).startsWith("25 results");
		assertThat(Html.status(this.mvc, "/search?q=drought&page=3")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/search?q=drought&page=0")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/search?q=drought&page=26")).isEqualTo(404);
	}

	@Test
	void snippetsShowTheTextReadersRead_notMarkdownSyntax() throws Exception {
		this.data.anArticle()
			.withHeadline("Port reopens")
			.withBody("The **harbour** master said the [harbour authority](https://example.org/harbour-notice) "
					+ "would reopen the `north` quay.\n\n> Ships may dock at the harbour again.")
			.publishedAgo(Duration.ofHours(1))
			.save();

		Document page = Html.page(this.mvc, "/search?q=harbour");

		String snippet = page.select(".search-snippet").text();
		assertThat(snippet).contains("harbour master said the harbour authority would reopen the north quay")
			.doesNotContain("**")
			.doesNotContain("](")
			.doesNotContain("`")
			.doesNotContain("example.org")
			.doesNotContain(">");
		assertThat(page.select(".search-snippet mark").eachText()).contains("harbour");
		// The link's address is not the story's text, so it is not searched either.
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=example.org"))).isEmpty();
	}

	@Test
	void searchPageRunsAtMostThreeStatements() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.data.anArticle().withHeadline("Flood warning " + i).taggedWith("Weather").save();
		}

		assertThat(statementsFor("/search?q=flood")).isBetween(1L, 3L);
		assertThat(statementsFor("/search?q=flood&page=2")).isBetween(1L, 3L);
		assertThat(statementsFor("/search?q=nothing matches this")).isBetween(1L, 3L);
		assertThat(statementsFor("/search?q=the and of")).isBetween(1L, 3L);
	}

	@Test
	void frontPageMastheadHasASearchForm() throws Exception {
		Document page = Html.page(this.mvc, "/");

		var form = page.select("header form[role=search]");
		assertThat(form.attr("action")).isEqualTo("/search");
		assertThat(form.attr("method")).isEqualTo("get");
		String inputId = form.select("input[name=q]").attr("id");
		assertThat(form.select("label[for=" + inputId + "]").text()).isEqualTo("Search");
		assertThat(page.select("meta[name=robots]")).isEmpty();
	}

	/**
	 * A URL already percent-encoded (as in a link) requested as is, not as a template.
	 */
	private Document encodedPage(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(URI.create(url)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long statementsFor(String url) throws Exception {
		this.statements.reset();
		Html.page(this.mvc, url);
		return this.statements.count();
	}

}
