package io.newsdesk.frontpage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import io.newsdesk.article.Article;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors pin a lead story and flag breaking news; readers see it on the front page until
 * it is cleared or runs out, with the page cache warm.
 */
@NewsdeskTest
class FrontPageControlTests {

	static final RequestPostProcessor EDITOR = user("eddie").roles("EDITOR");

	static final RequestPostProcessor WRITER = user("writer1").roles("WRITER");

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter statements;

	Article older;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.staffMember("eddie", "EDITOR");
		this.data.staffMember("writer1", "WRITER");
		this.data.clock().set(Instant.parse("2025-06-20T09:00:00Z"));
		this.older = this.data.anArticle().withHeadline("Older big story").publishedAgo(Duration.ofHours(5)).save();
		this.data.anArticle().withHeadline("Newest story").publishedAgo(Duration.ofMinutes(10)).save();
		this.data.anArticle().withHeadline("Middle story").publishedAgo(Duration.ofHours(1)).save();
	}

	@Test
	void aPinnedStoryLeadsUntilItsTimeEvenWithTheCacheWarm() throws Exception {
		assertThat(lead()).isEqualTo("Newest story");

		MvcResult pinned = this.mvc
			.perform(post("/admin/front-page/lead").param("articleId", id(this.older))
				.param("until", local(Instant.parse("2025-06-20T11:00:00Z")))
				.with(EDITOR)
				.with(csrf()))
			.andReturn();

		assertThat(pinned.getResponse().getRedirectedUrl()).isEqualTo("/admin/front-page");
		assertThat(pinned.getFlashMap().get("message").toString())
			.isEqualTo("Pinned as the lead story: \"Older big story\" until Friday 20 June 2025, 12:00 BST.");
		Document front = Html.page(this.mvc, "/");
		assertThat(front.select("article.lead h2").text()).isEqualTo("Older big story");
		assertThat(Html.cardHeadlines(front)).containsExactly("Newest story", "Middle story");
		assertThat(fetch("/").getHeader("X-Cache")).isEqualTo("HIT");

		this.data.clock().advance(Duration.ofMinutes(119));
		assertThat(fetch("/").getHeader("X-Cache")).as("still pinned, still cached").isEqualTo("HIT");
		assertThat(lead()).isEqualTo("Older big story");

		this.data.clock().advance(Duration.ofMinutes(1));
		Document after = Html.page(this.mvc, "/");
		assertThat(after.select("article.lead h2").text()).isEqualTo("Newest story");
		assertThat(Html.cardHeadlines(after)).containsExactly("Middle story", "Older big story");

		Document admin = page(get("/admin/front-page").with(EDITOR));
		assertThat(admin.select("#lead-slot .slot-note").text()).startsWith("Ended");
		assertThat(audit("frontpage.pin")).isEqualTo(1);
	}

	@Test
	void unpinningReturnsTheNormalOrderAtOnce() throws Exception {
		send(post("/admin/front-page/lead").param("articleId", id(this.older)).with(EDITOR).with(csrf()));
		assertThat(lead()).isEqualTo("Older big story");

		send(post("/admin/front-page/lead/clear").with(EDITOR).with(csrf()));

		assertThat(lead()).isEqualTo("Newest story");
		assertThat(audit("frontpage.unpin")).isEqualTo(1);
	}

	@Test
	void aPinnedStoryTakenOffTheSiteSimplyStopsShowing() throws Exception {
		send(post("/admin/front-page/lead").param("articleId", id(this.older)).with(EDITOR).with(csrf()));
		assertThat(lead()).isEqualTo("Older big story");

		this.jdbc.update("update article set status = 'DRAFT' where id = ?", this.older.getId());
		this.data.contentChanged();

		assertThat(lead()).isEqualTo("Newest story");
		assertThat(page(get("/admin/front-page").with(EDITOR)).select("#lead-slot .slot-note").text())
			.isEqualTo("Not showing: the story is no longer published.");
	}

	@Test
	void breakingBannerLinksToTheStoryUntilClearedOrExpired() throws Exception {
		assertThat(Html.page(this.mvc, "/").select("aside.breaking")).isEmpty();

		send(post("/admin/front-page/breaking").param("articleId", id(this.older))
			.param("until", "")
			.with(EDITOR)
			.with(csrf()));

		Document front = Html.page(this.mvc, "/");
		assertThat(front.select("aside.breaking").text()).isEqualTo("Breaking Older big story");
		assertThat(front.select("aside.breaking a").attr("href")).isEqualTo("/articles/older-big-story");
		assertThat(Html.page(this.mvc, "/?page=1").select("aside.breaking")).hasSize(1);

		send(post("/admin/front-page/breaking/clear").with(EDITOR).with(csrf()));
		assertThat(Html.page(this.mvc, "/").select("aside.breaking")).isEmpty();

		send(post("/admin/front-page/breaking").param("articleId", id(this.older))
			.param("until", local(Instant.parse("2025-06-20T09:30:00Z")))
			.with(EDITOR)
			.with(csrf()));
		assertThat(Html.page(this.mvc, "/").select("aside.breaking")).hasSize(1);
		assertThat(fetch("/").getHeader("X-Cache")).isEqualTo("HIT");
		this.data.clock().advance(Duration.ofMinutes(30));
		assertThat(Html.page(this.mvc, "/").select("aside.breaking")).isEmpty();

		assertThat(audit("frontpage.breaking")).isEqualTo(2);
		assertThat(audit("frontpage.breaking.clear")).isEqualTo(1);
	}

	@Test
	void aWriterCannotChangeTheFrontPage() throws Exception {
		send(post("/admin/front-page/breaking").param("articleId", id(this.older)).with(EDITOR).with(csrf()));

		assertThat(send(get("/admin/front-page").with(WRITER)).getStatus()).isEqualTo(403);
		assertThat(send(post("/admin/front-page/lead").param("articleId", id(this.older)).with(WRITER).with(csrf()))
			.getStatus()).isEqualTo(403);
		assertThat(send(post("/admin/front-page/breaking/clear").with(WRITER).with(csrf())).getStatus()).isEqualTo(403);
		assertThat(send(post("/admin/front-page/lead").param("articleId", id(this.older)).with(EDITOR)).getStatus())
			.as("no CSRF token")
			.isEqualTo(403);

		assertThat(lead()).isEqualTo("Newest story");
		assertThat(Html.page(this.mvc, "/").select("aside.breaking")).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from front_page_slot", Integer.class)).isEqualTo(1);
		assertThat(audit("frontpage.pin")).isZero();
	}

	@Test
	void onlyVisibleStoriesCanBePinnedAndBadInputIsExplained() throws Exception {
		Article draft = this.data.anArticle().withHeadline("Unfinished").draft().save();
		Article embargoed = this.data.anArticle().withHeadline("Embargoed").scheduledIn(Duration.ofHours(1)).save();

		assertThat(refusal("/admin/front-page/lead", id(draft), "")).isEqualTo(
				"\"Unfinished\" is not on the site (a draft or scheduled story). Only published stories can go on the front page.");
		assertThat(refusal("/admin/front-page/breaking", id(embargoed), ""))
			.startsWith("\"Embargoed\" is not on the site");
		assertThat(refusal("/admin/front-page/lead", "999999", ""))
			.isEqualTo("That story no longer exists. Choose another.");
		assertThat(refusal("/admin/front-page/lead", "abc", "")).isEqualTo("Choose a story from the list.");
		assertThat(refusal("/admin/front-page/lead", id(this.older), "tomorrow"))
			.startsWith("Enter the end time like 2025-06-20T18:00");
		assertThat(refusal("/admin/front-page/lead", id(this.older), "2025-06-20T09:00"))
			.isEqualTo("The end time has already passed. Choose a later time.");

		assertThat(this.jdbc.queryForObject("select count(*) from front_page_slot", Integer.class)).isZero();
		assertThat(lead()).isEqualTo("Newest story");
	}

	@Test
	void theArticleFormOffersQuickButtonsToEditorsForLiveStories() throws Exception {
		Document form = page(get("/admin/articles/" + this.older.getId() + "/edit").with(EDITOR));
		assertThat(form.select(".front-page-quick button").eachText()).containsExactly("Pin as lead story",
				"Flag as breaking news");
		assertThat(form.select(".front-page-quick form").attr("action")).isEqualTo("/admin/front-page/lead");
		assertThat(form.select(".admin-bar a").eachText()).contains("Front page", "Authors", "Your profile");

		Article draft = this.data.anArticle().withHeadline("Unfinished").draft().save();
		assertThat(page(get("/admin/articles/" + draft.getId() + "/edit").with(EDITOR)).select(".front-page-quick"))
			.isEmpty();
		// Writers open only their own articles, and never live ones (newsroom workflow).
		Article writersDraft = this.data.anArticle()
			.withHeadline("Writer's draft")
			.createdBy(this.data.staffMember("writer1", "WRITER"))
			.draft()
			.save();
		Document writersForm = page(get("/admin/articles/" + writersDraft.getId() + "/edit").with(WRITER));
		assertThat(writersForm.select(".front-page-quick")).isEmpty();
		assertThat(writersForm.select(".admin-bar a").eachText()).contains("Your profile")
			.doesNotContain("Front page", "Authors");
	}

	@Test
	void frontPageStatementsStayFewWithAPinAndABanner() throws Exception {
		for (int i = 0; i < 25; i++) {
			this.data.anArticle().withHeadline("Filler " + i).publishedAgo(Duration.ofMinutes(20 + i)).save();
		}
		send(post("/admin/front-page/lead").param("articleId", id(this.older)).with(EDITOR).with(csrf()));
		send(post("/admin/front-page/breaking").param("articleId", id(this.older)).with(EDITOR).with(csrf()));

		this.statements.reset();
		Document front = Html.page(this.mvc, "/");

		assertThat(front.select("article.lead h2").text()).isEqualTo("Older big story");
		// Slice, its bylines, the slots, the pinned and breaking stories with their
		// bylines, the section navigation.
		assertThat(this.statements.count()).isLessThanOrEqualTo(6);
	}

	private String refusal(String url, String articleId, String until) throws Exception {
		MockHttpServletResponse response = send(
				post(url).param("articleId", articleId).param("until", until).with(EDITOR).with(csrf()));
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("[role=alert]").text();
	}

	private String lead() throws Exception {
		return Html.page(this.mvc, "/").select("article.lead h2").text();
	}

	private int audit(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_entry where action = ?", Integer.class, action);
	}

	private static String id(Article article) {
		return String.valueOf(article.getId());
	}

	private static String local(Instant instant) {
		return LocalDateTime.ofInstant(instant, LONDON).toString();
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		return send(get(url));
	}

	private MockHttpServletResponse send(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private Document page(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = send(request);
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
