package io.newsdesk.article.admin;

import java.time.Duration;
import java.time.Instant;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.newsdesk.article.admin.ArticleFormPost.articleForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Publish" with a future "Publish at" schedules: the story stays hidden and appears on
 * its own when the (movable) clock reaches that time, with no restart. Times are typed in
 * the site's zone, Europe/London.
 */
@NewsdeskTest
class ScheduledPublishingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	long world;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.clock().set(Instant.parse("2029-12-31T12:00:00Z"));
		this.world = this.data.section("world").getId();
	}

	@Test
	void publishingWithAFutureTimeSchedulesTheArticleUntilThatTime() throws Exception {
		MvcResult result = this.mvc
			.perform(articleForm(this.world).with("headline", "New year honours")
				.with("publishAt", "2030-01-01T09:00")
				.publish())
			.andExpect(status().is3xxRedirection())
			.andReturn();

		assertThat(result.getFlashMap().get("message"))
			.isEqualTo("Scheduled: it will appear on the site on Tuesday 1 January 2030, 09:00 GMT.");
		assertThat(statusInAdminList("New year honours")).isEqualTo("Scheduled");
		assertThat(adminPage("/admin/articles?status=scheduled").text()).contains("New year honours");
		this.mvc.perform(get("/articles/new-year-honours")).andExpect(status().isNotFound());
		assertThat(frontPage()).doesNotContain("New year honours");

		this.data.clock().set(Instant.parse("2030-01-01T08:59:59Z"));
		this.mvc.perform(get("/articles/new-year-honours")).andExpect(status().isNotFound());

		this.data.clock().set(Instant.parse("2030-01-01T09:00:00Z"));
		this.mvc.perform(get("/articles/new-year-honours")).andExpect(status().isOk());
		assertThat(frontPage()).contains("New year honours");
		assertThat(statusInAdminList("New year honours")).isEqualTo("Published");
	}

	@Test
	void publishAtIsReadInLondonTimeSoASummerMorningIsAnHourEarlierInUtc() throws Exception {
		this.mvc.perform(
				articleForm(this.world).with("headline", "Midsummer").with("publishAt", "2030-06-21T09:00").publish())
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("select publish_at from article", java.sql.Timestamp.class).toInstant())
			.isEqualTo(Instant.parse("2030-06-21T08:00:00Z"));
		long id = this.jdbc.queryForObject("select id from article", Long.class);
		HtmlPage form = adminPage("/admin/articles/" + id + "/edit");
		assertThat(form.valueOf("Publish at")).as("shown again in London time").isEqualTo("2030-06-21T09:00");
		assertThat(form.text()).contains("Scheduled for Friday 21 June 2030, 09:00 BST");

		this.data.clock().set(Instant.parse("2030-06-21T08:00:00Z"));
		this.mvc.perform(get("/articles/midsummer")).andExpect(status().isOk());
	}

	@Test
	void publishingWithoutATimePublishesNow() throws Exception {
		this.mvc.perform(articleForm(this.world).with("headline", "Breaking").publish())
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("select publish_at from article", java.sql.Timestamp.class).toInstant())
			.isEqualTo(Instant.parse("2029-12-31T12:00:00Z"));
		this.mvc.perform(get("/articles/breaking")).andExpect(status().isOk());
	}

	@Test
	void publishingWithAPastTimeIsLiveAtOnceWithThatDate() throws Exception {
		this.mvc.perform(
				articleForm(this.world).with("headline", "Backdated").with("publishAt", "2029-06-20T09:00").publish())
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/articles/backdated")).andExpect(status().isOk());
		assertThat(statusInAdminList("Backdated")).isEqualTo("Published");
	}

	@Test
	void aDraftWithAPlannedTimeStaysHiddenWhenTheTimeComes() throws Exception {
		this.mvc
			.perform(articleForm(this.world).with("headline", "Still a draft")
				.with("publishAt", "2030-01-01T09:00")
				.saveDraft())
			.andExpect(status().is3xxRedirection());

		this.data.clock().advance(Duration.ofDays(7));

		this.mvc.perform(get("/articles/still-a-draft")).andExpect(status().isNotFound());
		assertThat(statusInAdminList("Still a draft")).isEqualTo("Draft");
	}

	private String statusInAdminList(String headline) throws Exception {
		Element row = adminPage("/admin/articles").document()
			.select("tbody tr")
			.stream()
			.filter((tr) -> tr.child(0).text().equals(headline))
			.findFirst()
			.orElseThrow();
		return row.child(1).text();
	}

	private HtmlPage adminPage(String url) throws Exception {
		return HtmlPage
			.of(this.mvc.perform(get(url).with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn());
	}

	private String frontPage() throws Exception {
		return HtmlPage.of(this.mvc.perform(get("/")).andExpect(status().isOk()).andReturn()).text();
	}

}
