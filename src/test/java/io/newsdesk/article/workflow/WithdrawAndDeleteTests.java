package io.newsdesk.article.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Article;
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
import org.springframework.test.web.servlet.MvcResult;

import static io.newsdesk.article.workflow.WorkflowRequests.auditActions;
import static io.newsdesk.article.workflow.WorkflowRequests.buttons;
import static io.newsdesk.article.workflow.WorkflowRequests.editor;
import static io.newsdesk.article.workflow.WorkflowRequests.page;
import static io.newsdesk.article.workflow.WorkflowRequests.press;
import static io.newsdesk.article.workflow.WorkflowRequests.snapshot;
import static io.newsdesk.article.workflow.WorkflowRequests.status;
import static io.newsdesk.article.workflow.WorkflowRequests.version;
import static io.newsdesk.article.workflow.WorkflowRequests.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Taking articles down: Unpublish (withdrawn) and Delete answer 410 Gone on the public
 * URL with a site page, even where the page cache held the live page; a deleted article
 * can be restored for 30 days, then the purge job removes it.
 */
@NewsdeskTest
class WithdrawAndDeleteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeletedArticlePurge purge;

	long world;

	long writerId;

	long editorId;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.world = this.data.section("world").getId();
		this.writerId = this.data.staffMember("writer1", "WRITER");
		this.editorId = this.data.staffMember("editor1", "EDITOR");
	}

	@Test
	void anUnpublishedArticleAnswers410WithASitePageNotTheCachedLivePage() throws Exception {
		Article live = this.data.anArticle()
			.withHeadline("Council backs new bridge")
			.publishedAgo(Duration.ofHours(1))
			.save();
		Html.page(this.mvc, "/articles/council-backs-new-bridge");
		Html.page(this.mvc, "/articles/council-backs-new-bridge");

		this.mvc.perform(press(live.getId(), live.getVersion(), "unpublish", this.world, editor("editor1")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message",
					"Unpublished: it is off the site and its address now says it was withdrawn."));

		MvcResult gone = this.mvc.perform(get("/articles/council-backs-new-bridge")).andReturn();
		assertThat(gone.getResponse().getStatus()).isEqualTo(410);
		Document page = Jsoup.parse(gone.getResponse().getContentAsString());
		assertThat(page.select("main h1").text()).isEqualTo("This article has been withdrawn");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select(".masthead-name").text()).as("the site's own page").isNotEmpty();
		assertThat(Html.page(this.mvc, "/").text()).doesNotContain("Council backs new bridge");
		assertThat(auditActions(this.jdbc)).containsExactly("article.unpublish");
		assertThat(this.jdbc.queryForObject("select detail from audit_entry", String.class))
			.isEqualTo("From Published to Unpublished");
	}

	@Test
	void aWithdrawnArticleCanBeRepublishedOrReturnedToDraft() throws Exception {
		Article withdrawn = this.data.anArticle().withHeadline("Taken down").withdrawn().save();
		assertThat(buttons(page(this.mvc, "/admin/articles/" + withdrawn.getId() + "/edit", editor("editor1"))))
			.containsExactly("Save changes", "Return to draft", "Publish");

		this.mvc.perform(press(withdrawn.getId(), withdrawn.getVersion(), "publish", this.world, editor("editor1")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/articles/council-backs-new-bridge")).andExpect(status().isOk());

		long id = withdrawn.getId();
		this.mvc.perform(press(id, version(this.jdbc, id), "unpublish", this.world, editor("editor1")));
		this.mvc.perform(press(id, version(this.jdbc, id), "draft", this.world, editor("editor1")))
			.andExpect(status().is3xxRedirection());
		assertThat(status(this.jdbc, id)).isEqualTo("DRAFT");
		assertThat(auditActions(this.jdbc)).containsExactly("article.publish", "article.unpublish",
				"article.return-to-draft");
	}

	@Test
	void deletingAsksForConfirmationOnItsOwnPageThenAnswers410AndListsItUnderDeleted() throws Exception {
		Article live = this.data.anArticle().withHeadline("Wrong story").publishedAgo(Duration.ofHours(1)).save();
		Html.page(this.mvc, "/articles/wrong-story");

		Document edit = page(this.mvc, "/admin/articles/" + live.getId() + "/edit", editor("editor1"));
		String confirmUrl = edit.select("a:contains(Delete article)").attr("href");
		assertThat(confirmUrl).isEqualTo("/admin/articles/" + live.getId() + "/delete");
		Document confirm = page(this.mvc, confirmUrl, editor("editor1"));
		assertThat(confirm.select("h1").text()).isEqualTo("Delete this article?");
		assertThat(confirm.select("main form").attr("method")).isEqualTo("post");
		assertThat(confirm.select("main form input[name=_csrf]")).hasSize(1);
		assertThat(status(this.jdbc, live.getId())).as("nothing happens until confirmed").isEqualTo("PUBLISHED");
		assertThat(auditActions(this.jdbc)).isEmpty();

		this.mvc.perform(post(confirmUrl).with(csrf()).with(editor("editor1")))
			.andExpect(redirectedUrl("/admin/articles"));

		assertThat(this.mvc.perform(get("/articles/wrong-story")).andReturn().getResponse().getStatus()).isEqualTo(410);
		assertThat(this.jdbc.queryForObject("select deleted_by from article", Long.class)).isEqualTo(this.editorId);
		assertThat(page(this.mvc, "/admin/articles", editor("editor1")).select("tbody tr")).isEmpty();
		Document deleted = page(this.mvc, "/admin/articles/deleted", editor("editor1"));
		assertThat(deleted.select("tbody tr td:first-child").eachText()).containsExactly("Wrong story");
		assertThat(auditActions(this.jdbc)).containsExactly("article.delete");
	}

	@Test
	void anEditorRestoresADeletedArticleWithinThirtyDaysAsItWas() throws Exception {
		Article live = this.data.anArticle().withHeadline("Wrong story").publishedAgo(Duration.ofHours(1)).save();
		this.mvc.perform(post("/admin/articles/" + live.getId() + "/delete").with(csrf()).with(editor("editor1")));
		this.data.clock().advance(Duration.ofDays(29));

		Document deleted = page(this.mvc, "/admin/articles/deleted", editor("editor1"));
		String restoreUrl = deleted.select("tbody form").attr("action");
		this.mvc.perform(post(restoreUrl).with(csrf()).with(editor("editor1")))
			.andExpect(redirectedUrl("/admin/articles/" + live.getId() + "/edit"))
			.andExpect(flash().attribute("message", "Restored as Published."));

		Html.page(this.mvc, "/articles/wrong-story");
		assertThat(this.purge.purgeExpired()).isZero();
		assertThat(auditActions(this.jdbc)).containsExactly("article.delete", "article.restore");
	}

	@Test
	void thePurgeJobRemovesArticlesDeletedMoreThanThirtyDaysAgoAndNoOthers() throws Exception {
		Article old = this.data.anArticle().withHeadline("Deleted long ago").publishedAgo(Duration.ofDays(2)).save();
		Article recent = this.data.anArticle().withHeadline("Deleted lately").draft().save();
		this.mvc.perform(post("/admin/articles/" + old.getId() + "/delete").with(csrf()).with(editor("editor1")));
		this.data.clock().advance(Duration.ofDays(10));
		this.mvc.perform(post("/admin/articles/" + recent.getId() + "/delete").with(csrf()).with(editor("editor1")));

		this.data.clock().advance(Duration.ofDays(20).plusMinutes(1));
		assertThat(this.purge.purgeExpired()).isEqualTo(1);

		assertThat(this.jdbc.queryForList("select headline from article", String.class))
			.containsExactly("Deleted lately");
		assertThat(this.mvc.perform(get("/articles/deleted-long-ago")).andReturn().getResponse().getStatus())
			.as("gone for good: nothing is left to say it was withdrawn")
			.isEqualTo(404);
		assertThat(auditActions(this.jdbc)).containsExactly("article.delete", "article.delete", "article.purge");
		assertThat(this.jdbc.queryForObject("select subject_label from audit_entry where action = 'article.purge'",
				String.class))
			.isEqualTo("Deleted long ago");
	}

	@Test
	void aDeletedDraftThatWasNeverPublicIsNotFoundRatherThanGone() throws Exception {
		Article draft = this.data.anArticle().withHeadline("Secret plan").createdBy(this.writerId).draft().save();

		this.mvc.perform(post("/admin/articles/" + draft.getId() + "/delete").with(csrf()).with(writer("writer1")))
			.andExpect(redirectedUrl("/admin/articles"));

		assertThat(this.jdbc.queryForObject("select deleted_by from article", Long.class)).isEqualTo(this.writerId);
		assertThat(this.mvc.perform(get("/articles/secret-plan")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aDeletedArticleCannotBeEditedUntilRestored() throws Exception {
		Article article = this.data.anArticle().withHeadline("Binned").draft().save();
		this.mvc.perform(post("/admin/articles/" + article.getId() + "/delete").with(csrf()).with(editor("editor1")));
		List<Map<String, Object>> before = snapshot(this.jdbc);

		Document edit = page(this.mvc, "/admin/articles/" + article.getId() + "/edit", editor("editor1"));
		assertThat(buttons(edit)).isEmpty();
		assertThat(edit.select("form button:contains(Restore)")).hasSize(1);
		MvcResult save = this.mvc
			.perform(
					press(article.getId(), version(this.jdbc, article.getId()), "draft", this.world, editor("editor1")))
			.andReturn();
		assertThat(Jsoup.parse(save.getResponse().getContentAsString()).select("[role=alert]").text())
			.contains("This article has been deleted. Restore it from the Deleted list first.");
		MvcResult again = this.mvc
			.perform(post("/admin/articles/" + article.getId() + "/delete").with(csrf()).with(editor("editor1")))
			.andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void unknownArticleIdsAreNotFound() throws Exception {
		for (String url : List.of("/admin/articles/999/delete", "/admin/articles/999/restore")) {
			assertThat(this.mvc.perform(post(url).with(csrf()).with(editor("editor1")))
				.andReturn()
				.getResponse()
				.getStatus()).as(url).isEqualTo(404);
		}
		assertThat(this.mvc.perform(get("/admin/articles/999/delete").with(editor("editor1")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
