package io.newsdesk.article.admin;

import java.time.Duration;
import java.util.List;

import io.newsdesk.article.Article;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editors' article list: everything, newest first, 25 a page, filterable by status.
 */
@NewsdeskTest
class ArticleAdminListTests {

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
	void showsHeadlineStatusPublishTimeSectionAndAnEditLink() throws Exception {
		Article article = this.data.anArticle()
			.withHeadline("Beijing says US too negative")
			.inSection("politics")
			.publishedAt(java.time.Instant.parse("2025-06-20T08:30:00Z"))
			.save();

		Document list = list("/admin/articles");

		assertThat(list.select("thead th").eachText()).startsWith("Headline", "Status", "Publish time", "Section");
		Element row = list.selectFirst("tbody tr");
		assertThat(row.child(0).text()).isEqualTo("Beijing says US too negative");
		assertThat(row.child(1).text()).isEqualTo("Published");
		assertThat(row.child(2).text()).isEqualTo("Friday 20 June 2025, 09:30 BST");
		assertThat(row.child(3).text()).isEqualTo("Politics");
		Element edit = row.selectFirst("a:contains(Edit)");
		assertThat(edit.text()).isEqualTo("Edit Beijing says US too negative");
		assertThat(edit.attr("href")).isEqualTo("/admin/articles/" + article.getId() + "/edit");
		assertThat(row.selectFirst("a:contains(View)").attr("href"))
			.isEqualTo("/articles/beijing-says-us-too-negative");

		Document form = list(edit.attr("href"));
		assertThat(form.getElementById("headline").val()).isEqualTo("Beijing says US too negative");
	}

	@Test
	void newestArticlesComeFirst() throws Exception {
		for (String headline : List.of("Oldest", "Middle", "Newest")) {
			this.data.anArticle().withHeadline(headline).draft().save();
			this.data.clock().advance(Duration.ofMinutes(5));
		}

		assertThat(headlines(list("/admin/articles"))).containsExactly("Newest", "Middle", "Oldest");
	}

	@Test
	void listsTwentyFiveArticlesAPage() throws Exception {
		for (int i = 1; i <= 30; i++) {
			this.data.anArticle().withHeadline("Story " + i).draft().save();
			this.data.clock().advance(Duration.ofMinutes(1));
		}

		Document first = list("/admin/articles");
		assertThat(headlines(first)).hasSize(25).startsWith("Story 30").endsWith("Story 6");
		assertThat(first.select(".pagination").text()).contains("Page 1 of 2");
		String next = first.select("a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/admin/articles?page=2");

		Document second = list(next);
		assertThat(headlines(second)).containsExactly("Story 5", "Story 4", "Story 3", "Story 2", "Story 1");
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/admin/articles");
		this.mvc.perform(get("/admin/articles?page=3").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void statusFilterShowsOnlyThoseArticles() throws Exception {
		this.data.anArticle().withHeadline("A draft").draft().save();
		this.data.anArticle().withHeadline("A scheduled story").scheduledIn(Duration.ofDays(1)).save();
		this.data.anArticle().withHeadline("A published story").publishedAgo(Duration.ofHours(1)).save();

		assertThat(headlines(list("/admin/articles"))).hasSize(3);
		assertThat(rows(list("/admin/articles?status=draft"))).containsExactly("A draft | Draft");
		assertThat(rows(list("/admin/articles?status=scheduled"))).containsExactly("A scheduled story | Scheduled");
		assertThat(rows(list("/admin/articles?status=published"))).containsExactly("A published story | Published");
		assertThat(list("/admin/articles?status=scheduled").select("a[aria-current=page]").text())
			.isEqualTo("Scheduled");
	}

	@Test
	void filterLinksLeadToEachStatusAndPagesKeepTheFilter() throws Exception {
		for (int i = 1; i <= 26; i++) {
			this.data.anArticle().withHeadline("Draft " + i).draft().save();
		}
		Document list = list("/admin/articles");
		assertThat(list.select("nav[aria-label=Filter by status] a").eachAttr("href")).containsExactly(
				"/admin/articles", "/admin/articles?status=draft", "/admin/articles?status=in-review",
				"/admin/articles?status=scheduled", "/admin/articles?status=published",
				"/admin/articles?status=unpublished");

		assertThat(list("/admin/articles?status=draft").select("a[rel=next]").attr("href"))
			.isEqualTo("/admin/articles?status=draft&page=2");
	}

	@Test
	void anUnknownFilterShowsEverything() throws Exception {
		this.data.anArticle().withHeadline("A draft").draft().save();

		assertThat(headlines(list("/admin/articles?status=nonsense"))).containsExactly("A draft");
	}

	@Test
	void aFullPageTakesThreeQueriesWhateverItsRows() throws Exception {
		for (int i = 1; i <= 30; i++) {
			this.data.anArticle()
				.withHeadline("Story " + i)
				.inSection((i % 3 == 0) ? "uk" : (i % 3 == 1) ? "world" : "business")
				.taggedWith("Tag " + i)
				.save();
		}
		this.statements.reset();

		assertThat(headlines(list("/admin/articles"))).hasSize(25);

		assertThat(this.statements.count())
			.as("the page with its sections, the count, the layout's section navigation; none per row (who is asking"
					+ " comes from the account the session filter read, counted by plain JDBC)")
			.isEqualTo(3);
	}

	private Document list(String url) throws Exception {
		return HtmlPage
			.of(this.mvc.perform(get(url).with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn())
			.document();
	}

	private static List<String> headlines(Document list) {
		return list.select("tbody tr").stream().map((row) -> row.child(0).text()).toList();
	}

	private static List<String> rows(Document list) {
		return list.select("tbody tr")
			.stream()
			.map((row) -> row.child(0).text() + " | " + row.child(1).text())
			.toList();
	}

}
