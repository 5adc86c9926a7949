package io.newsdesk.article.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.newsdesk.article.Article;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static io.newsdesk.article.workflow.WorkflowRequests.editor;
import static io.newsdesk.article.workflow.WorkflowRequests.press;
import static io.newsdesk.article.workflow.WorkflowRequests.snapshot;
import static io.newsdesk.article.workflow.WorkflowRequests.status;
import static io.newsdesk.article.workflow.WorkflowRequests.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The role x action matrix over HTTP: every URL that changes an article checks the role
 * on the server. A refused request answers 403 with a page saying why (or the form with a
 * message, for a move the article's state does not allow), and the article table and the
 * audit trail are exactly as before.
 */
@NewsdeskTest
class WorkflowPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	long world;

	Article ownDraft;

	Article ownInReview;

	Article ownPublished;

	Article ownReturnedToDraft;

	Article othersDraft;

	Article deleted;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.world = this.data.section("world").getId();
		long writer1 = this.data.staffMember("writer1", "WRITER");
		long writer2 = this.data.staffMember("writer2", "WRITER");
		this.data.staffMember("editor1", "EDITOR");
		this.ownDraft = this.data.anArticle().withHeadline("Own draft").createdBy(writer1).draft().save();
		this.ownInReview = this.data.anArticle().withHeadline("Own in review").createdBy(writer1).inReview().save();
		this.ownPublished = this.data.anArticle()
			.withHeadline("Own published")
			.createdBy(writer1)
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.ownReturnedToDraft = this.data.anArticle()
			.withHeadline("Own, once public")
			.createdBy(writer1)
			.publishedAgo(Duration.ofHours(3))
			.save();
		this.jdbc.update("update article set status = 'DRAFT' where id = ?", this.ownReturnedToDraft.getId());
		this.othersDraft = this.data.anArticle().withHeadline("Other's draft").createdBy(writer2).draft().save();
		this.deleted = this.data.anArticle().withHeadline("Binned").createdBy(writer1).draft().save();
		this.jdbc.update("update article set deleted_at = now() where id = ?", this.deleted.getId());
	}

	@TestFactory
	Stream<DynamicTest> aWriterIsRefusedWith403AndNothingChanges() {
		return Stream
			.of(refused("publish own draft", formPost(this.ownDraft, "publish")),
					refused("publish a new article", press(null, null, "publish", this.world, writer("writer1"))),
					refused("unpublish own published article", formPost(this.ownPublished, "unpublish")),
					refused("edit own published article", formPost(this.ownPublished, "keep")),
					refused("return own published article to draft", formPost(this.ownPublished, "draft")),
					refused("send back own article in review", formPost(this.ownInReview, "send-back")),
					refused("save someone else's draft", formPost(this.othersDraft, "draft")),
					refused("submit someone else's draft", formPost(this.othersDraft, "submit")),
					refused("open someone else's draft", get(edit(this.othersDraft)).with(writer("writer1"))),
					refused("open the review queue", get("/admin/review").with(writer("writer1"))),
					refused("open the Deleted list", get("/admin/articles/deleted").with(writer("writer1"))),
					refused("delete own published article", deletePost(this.ownPublished)),
					refused("delete own draft that was once public", deletePost(this.ownReturnedToDraft)),
					refused("delete someone else's draft", deletePost(this.othersDraft)),
					refused("ask to delete someone else's draft",
							get(url(this.othersDraft, "delete")).with(writer("writer1"))),
					refused("restore a deleted article",
							post(url(this.deleted, "restore")).with(csrf()).with(writer("writer1"))))
			.map((test) -> DynamicTest.dynamicTest(test.name(), () -> {
				List<Map<String, Object>> before = snapshot(this.jdbc);
				MvcResult result = this.mvc.perform(test.request()).andReturn();
				assertThat(result.getResponse().getStatus()).isEqualTo(403);
				assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("main h1").text())
					.isEqualTo("Not allowed");
				assertThat(snapshot(this.jdbc)).isEqualTo(before);
			}));
	}

	@Test
	void aRefusalSaysWhyInWordsTheWriterCanActOn() throws Exception {
		String page = this.mvc.perform(formPost(this.ownDraft, "publish"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(page).select("main p").first().text())
			.isEqualTo("Writers cannot publish. Submit the article for review and an editor will publish it.");
	}

	@Test
	void aMoveTheStateDoesNotAllowIsExplainedOnTheFormAndKeepsTheText() throws Exception {
		List<Map<String, Object>> before = snapshot(this.jdbc);

		String page = this.mvc
			.perform(press(this.ownDraft.getId(), this.ownDraft.getVersion(), "unpublish", this.world,
					editor("editor1")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		var form = Jsoup.parse(page);
		assertThat(form.select("[role=alert]").text())
			.isEqualTo("Nothing was saved. Only a published or scheduled article can be unpublished.");
		assertThat(form.select("#headline").val()).isEqualTo("Council backs new bridge");
		assertThat(snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aWriterMayEditSubmitAndPullBackTheirOwnDraft() throws Exception {
		this.mvc.perform(formPost(this.ownDraft, "submit")).andReturn();
		assertThat(status(this.jdbc, this.ownDraft.getId())).isEqualTo("IN_REVIEW");

		this.mvc
			.perform(press(this.ownDraft.getId(), WorkflowRequests.version(this.jdbc, this.ownDraft.getId()), "draft",
					this.world, writer("writer1")))
			.andReturn();
		assertThat(status(this.jdbc, this.ownDraft.getId())).isEqualTo("DRAFT");
	}

	@Test
	void anEditorMayDoWhatAWriterWasRefused() throws Exception {
		assertThat(this.mvc
			.perform(press(this.ownDraft.getId(), this.ownDraft.getVersion(), "publish", this.world, editor("editor1")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.mvc
			.perform(press(this.ownPublished.getId(), this.ownPublished.getVersion(), "unpublish", this.world,
					editor("editor1")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.mvc.perform(get("/admin/review").with(editor("editor1"))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(status(this.jdbc, this.ownDraft.getId())).isEqualTo("PUBLISHED");
		assertThat(status(this.jdbc, this.ownPublished.getId())).isEqualTo("UNPUBLISHED");
	}

	@Test
	void workflowPostsWithoutACsrfTokenAreRefused() throws Exception {
		List<Map<String, Object>> before = snapshot(this.jdbc);

		assertThat(this.mvc.perform(post(url(this.ownDraft, "delete")).with(editor("editor1")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(post(url(this.deleted, "restore")).with(editor("editor1")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(snapshot(this.jdbc)).isEqualTo(before);
	}

	private RequestBuilder formPost(Article article, String button) {
		return press(article.getId(), article.getVersion(), button, this.world, writer("writer1")).param("reviewNote",
				"A note");
	}

	private RequestBuilder deletePost(Article article) {
		return post(url(article, "delete")).with(csrf()).with(writer("writer1"));
	}

	private static String edit(Article article) {
		return url(article, "edit");
	}

	private static String url(Article article, String action) {
		return "/admin/articles/" + article.getId() + "/" + action;
	}

	private static Refusal refused(String name, RequestBuilder request) {
		return new Refusal(name, request);
	}

	private record Refusal(String name, RequestBuilder request) {
	}

}
