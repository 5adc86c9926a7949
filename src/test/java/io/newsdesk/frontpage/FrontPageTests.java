package io.newsdesk.frontpage;

import java.time.Duration;
import java.time.Instant;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The front page: masthead, lead story, the latest list and the section navigation. */
@NewsdeskTest
class FrontPageTests {

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
	void mastheadShowsSiteNameTaglineAndTodaysDate() throws Exception {
		this.data.clock().set(Instant.parse("2025-06-20T09:00:00Z"));

		Document page = Html.page(this.mvc, "/");

		assertThat(page.select(".masthead-name").text()).isEqualTo("London Daily");
		assertThat(page.select(".masthead-tagline").text()).isEqualTo("Focus on the big picture.");
		assertThat(page.select(".masthead-date").text()).isEqualTo("Friday, Jun 20, 2025");
		assertThat(page.title()).contains("London Daily");
	}

	@Test
	void mastheadDateTurnsAtMidnightInLondonNotInUtc() throws Exception {
		// 23:30 UTC on Friday is 00:30 on Saturday in London (BST).
		this.data.clock().set(Instant.parse("2025-06-20T23:30:00Z"));

		assertThat(Html.page(this.mvc, "/").select(".masthead-date").text()).isEqualTo("Saturday, Jun 21, 2025");
	}

	@Test
	void newestStoryLeadsAndTheRestFollowNewestFirstWithStandfirstAndDate() throws Exception {
		this.data.clock().set(Instant.parse("2025-06-20T12:00:00Z"));
		this.data.anArticle()
			.withHeadline("Older story")
			.withStandfirst("Older standfirst.")
			.publishedAt(Instant.parse("2025-06-19T08:00:00Z"))
			.save();
		this.data.anArticle()
			.withHeadline("Lead story")
			.withStandfirst("Lead standfirst.")
			.inSection("uk")
			.publishedAt(Instant.parse("2025-06-20T09:00:00Z"))
			.save();
		this.data.anArticle()
			.withHeadline("Middle story")
			.withStandfirst("Middle standfirst.")
			.publishedAt(Instant.parse("2025-06-20T07:00:00Z"))
			.save();

		Document page = Html.page(this.mvc, "/");

		Element lead = page.selectFirst("article.lead");
		assertThat(lead.select("h2 a").text()).isEqualTo("Lead story");
		assertThat(lead.select("h2 a").attr("href")).isEqualTo("/articles/lead-story");
		assertThat(lead.select(".lead-standfirst").text()).isEqualTo("Lead standfirst.");
		assertThat(lead.select("time").attr("datetime")).isEqualTo("2025-06-20T10:00:00+01:00");
		assertThat(lead.select("time").text()).contains("Friday 20 June 2025");
		assertThat(lead.select(".card-section a").text()).isEqualTo("UK");

		assertThat(Html.cardHeadlines(page)).containsExactly("Middle story", "Older story");
		Element older = page.select("main .card").get(1);
		assertThat(older.select(".card-standfirst").text()).isEqualTo("Older standfirst.");
		assertThat(older.select("time").attr("datetime")).isEqualTo("2025-06-19T09:00:00+01:00");
	}

	@Test
	void sectionNavigationLinksToWorkingSectionPages() throws Exception {
		Document page = Html.page(this.mvc, "/");

		assertThat(Html.texts(page, "nav[aria-label=Sections] a")).containsExactly("Home", "World", "UK", "US",
				"Politics", "Business", "Technology", "Culture", "Sport");
		for (Element link : page.select("nav[aria-label=Sections] a")) {
			if (!link.text().equals("Home")) {
				assertThat(Html.page(this.mvc, link.attr("href")).select("main h1").text()).isEqualTo(link.text());
			}
		}
	}

	@Test
	void olderStoriesContinueOnPageTwo() throws Exception {
		for (int i = 1; i <= 21; i++) {
			this.data.anArticle().withHeadline("Story " + i).publishedAgo(Duration.ofMinutes(i)).save();
		}

		Document first = Html.page(this.mvc, "/");
		Document second = Html.page(this.mvc, first.select("a[rel=next]").attr("href"));

		assertThat(first.select("article.lead h2").text()).isEqualTo("Story 1");
		assertThat(Html.cardHeadlines(first)).hasSize(19).startsWith("Story 2").endsWith("Story 20");
		assertThat(second.select("article.lead")).isEmpty();
		assertThat(Html.cardHeadlines(second)).containsExactly("Story 21");
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/");
		assertThat(Html.status(this.mvc, "/?page=3")).isEqualTo(404);
	}

	@Test
	void emptySiteSaysNothingHasBeenPublished() throws Exception {
		this.data.anArticle().withHeadline("Unpublished").draft().save();

		Document page = Html.page(this.mvc, "/");

		assertThat(page.select("article.lead")).isEmpty();
		assertThat(page.select("main").text()).contains("No stories have been published yet.");
	}

	@Test
	void frontPageRunsTheSameFewStatementsWhateverTheNumberOfArticles() throws Exception {
		publishTaggedArticles(21);
		long withFewArticles = statementsFor("/");
		publishTaggedArticles(40);
		long withManyArticles = statementsFor("/");

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/"))).hasSize(19);
		assertThat(withManyArticles).isEqualTo(withFewArticles).isLessThanOrEqualTo(4);
	}

	private void publishTaggedArticles(int count) {
		String[] sections = { "world", "uk", "business", "sport" };
		for (int i = 0; i < count; i++) {
			this.data.anArticle()
				.withHeadline("Story " + i)
				.inSection(sections[i % sections.length])
				.taggedWith("Tag " + (i % 3), "Common")
				.publishedAgo(Duration.ofMinutes(i + 1))
				.save();
		}
	}

	private long statementsFor(String url) throws Exception {
		this.statements.reset();
		Html.page(this.mvc, url);
		return this.statements.count();
	}

}
