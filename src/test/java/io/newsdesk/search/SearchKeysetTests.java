package io.newsdesk.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Paging through search results with the Next and Previous links (keyset cursors): every
 * result once, in order, even when scores and publish times tie and when stories come and
 * go between two pages.
 */
@NewsdeskTest
class SearchKeysetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void nextLinksVisitEveryTiedResultExactlyOnce() throws Exception {
		List<String> saved = saveTiedTideReports(45);

		List<List<String>> pages = walk("/search?q=tide");

		assertThat(pages).extracting(List::size).containsExactly(20, 20, 5);
		assertThat(pages.stream().flatMap(List::stream).toList()).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(saved);
	}

	@Test
	void pageTwoContinuesWherePageOneEndedWhenStoriesComeAndGoMeanwhile() throws Exception {
		saveTiedTideReports(45);
		List<String> order = walk("/search?q=tide").stream().flatMap(List::stream).toList();

		Document first = page("/search?q=tide");
		// Between the two clicks: a story from page 1 is withdrawn and a newer one
		// appears.
		this.jdbc.update("update article set status = 'UNPUBLISHED' where '/articles/' || slug = ?", order.get(3));
		this.data.clock().advance(Duration.ofMinutes(5));
		this.data.anArticle().withHeadline("Tide report").publishedAgo(Duration.ofMinutes(1)).save();
		Document second = page(first.select("a[rel=next]").attr("href"));

		assertThat(articleLinks(second)).containsExactlyElementsOf(order.subList(20, 40));
	}

	@Test
	void previousLinkGoesBackToTheSameResults() throws Exception {
		saveTiedTideReports(45);
		Document first = page("/search?q=tide");
		Document second = page(first.select("a[rel=next]").attr("href"));
		Document third = page(second.select("a[rel=next]").attr("href"));

		Document backToSecond = page(third.select("a[rel=prev]").attr("href"));
		Document backToFirst = page(backToSecond.select("a[rel=prev]").attr("href"));

		assertThat(articleLinks(backToSecond)).containsExactlyElementsOf(articleLinks(second));
		assertThat(articleLinks(backToFirst)).containsExactlyElementsOf(articleLinks(first));
		assertThat(backToSecond.select(".pagination").text()).contains("Page 2 of 3");
	}

	@Test
	void aCursorFromTheFutureDoesNotRevealScheduledStories() throws Exception {
		saveTiedTideReports(25);
		this.data.anArticle().withHeadline("Tide report embargoed").scheduledIn(Duration.ofHours(1)).save();
		Instant later = this.data.clock().instant().plus(Duration.ofDays(2));
		String forged = new SearchCursor(later, 1000.0, later, Long.MAX_VALUE).encode();

		Document page = page("/search?q=tide&page=2&after=" + forged);

		assertThat(Html.cardHeadlines(page)).isNotEmpty().doesNotContain("Tide report embargoed");
	}

	@Test
	void anUnreadableCursorFallsBackToThePageNumber() throws Exception {
		saveTiedTideReports(25);

		assertThat(Html.cardHeadlines(page("/search?q=tide&page=2&after=not.a.cursor%27--"))).hasSize(5);
		assertThat(Html.status(this.mvc, "/search?q=tide&page=3&after=12.zz")).isEqualTo(404);
	}

	/** Same words, same publish time: only the id tells them apart. */
	private List<String> saveTiedTideReports(int count) {
		Instant at = this.data.clock().instant().minus(Duration.ofHours(3));
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			urls.add(this.data.anArticle()
				.withHeadline("Tide report")
				.withBody("High water at noon.")
				.publishedAt(at)
				.save()
				.url());
		}
		return urls;
	}

	private List<List<String>> walk(String url) throws Exception {
		List<List<String>> pages = new ArrayList<>();
		String next = url;
		while (!next.isEmpty() && pages.size() < 10) {
			Document page = page(next);
			pages.add(articleLinks(page));
			next = page.select("a[rel=next]").attr("href");
		}
		return pages;
	}

	private static List<String> articleLinks(Document page) {
		return page.select(".search-result h2 a").eachAttr("href");
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(URI.create(url)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
