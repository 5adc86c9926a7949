package io.newsdesk.section;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A section page: its visible articles newest first, 20 a page. The error pages
 * themselves (404/400 as site pages) are checked over HTTP in SitePagesOverHttpTests.
 */
@NewsdeskTest
class SectionPageTests {

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
	void sectionPageListsItsVisibleArticlesNewestFirst() throws Exception {
		this.data.anArticle()
			.withHeadline("Old world story")
			.inSection("world")
			.publishedAgo(Duration.ofDays(3))
			.save();
		this.data.anArticle()
			.withHeadline("New world story")
			.inSection("world")
			.publishedAgo(Duration.ofHours(1))
			.save();
		this.data.anArticle().withHeadline("UK story").inSection("uk").publishedAgo(Duration.ofMinutes(5)).save();
		this.data.anArticle().withHeadline("World draft").inSection("world").draft().save();
		this.data.anArticle().withHeadline("World embargo").inSection("world").scheduledIn(Duration.ofHours(1)).save();

		Document page = Html.page(this.mvc, "/sections/world");

		assertThat(page.select("main h1").text()).isEqualTo("World");
		assertThat(Html.cardHeadlines(page)).containsExactly("New world story", "Old world story");
		assertThat(page.select("main .card time").first().attr("datetime")).isNotBlank();
	}

	@Test
	void sectionWithNothingPublishedSaysSo() throws Exception {
		Document page = Html.page(this.mvc, "/sections/culture");

		assertThat(page.select("main h1").text()).isEqualTo("Culture");
		assertThat(page.select("main").text()).contains("Nothing has been published in this section yet.");
	}

	@Test
	void sectionPagesShowTwentyArticlesAPage() throws Exception {
		List<String> newestFirst = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			this.data.anArticle()
				.withHeadline("Story " + i)
				.inSection("business")
				.publishedAgo(Duration.ofMinutes(i))
				.save();
			newestFirst.add("Story " + i);
		}

		Document first = Html.page(this.mvc, "/sections/business");
		Document second = Html.page(this.mvc, first.select("a[rel=next]").attr("href"));

		assertThat(Html.cardHeadlines(first)).containsExactlyElementsOf(newestFirst.subList(0, 20));
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/sections/business?page=2");
		assertThat(first.select("a[rel=prev]")).isEmpty();
		assertThat(Html.cardHeadlines(second)).containsExactlyElementsOf(newestFirst.subList(20, 25));
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/sections/business");
		assertThat(second.select("a[rel=next]")).isEmpty();
		assertThat(second.select(".pagination").text()).contains("Page 2").doesNotContain(" of ");
		assertThat(Html.status(this.mvc, "/sections/business?page=3")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/sections/business?page=abc")).isEqualTo(400);
	}

	@Test
	void unknownSectionIsNotFound() throws Exception {
		assertThat(Html.status(this.mvc, "/sections/no-such-desk")).isEqualTo(404);
	}

	@Test
	void sectionPageRunsTheSameFewStatementsWhateverTheNumberOfArticles() throws Exception {
		publishTaggedArticles("First", 21);
		long withFewArticles = statementsFor("/sections/world");
		publishTaggedArticles("Second", 40);
		long withManyArticles = statementsFor("/sections/world");

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/sections/world"))).hasSize(20);
		assertThat(withManyArticles).isEqualTo(withFewArticles).isLessThanOrEqualTo(4);
	}

	private void publishTaggedArticles(String prefix, int count) {
		for (int i = 0; i < count; i++) {
			this.data.anArticle()
				.withHeadline(prefix + " story " + i)
				.inSection("world")
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
