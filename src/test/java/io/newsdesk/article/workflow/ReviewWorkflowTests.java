package io.newsdesk.article.workflow;

import java.time.Duration;

import io.newsdesk.article.Article;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A writer drafts and submits, an editor reviews from the queue and sends it back with a
 * note, the writer sees the note, fixes and resubmits, the editor publishes; each step in
 * the audit trail.
 */
@NewsdeskTest
class ReviewWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	long world;

	long writerId;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.world = this.data.section("world").getId();
		this.writerId = this.data.staffMember("writer1", "WRITER");
		this.data.staffMember("writer2", "WRITER");
		this.data.staffMember("editor1", "EDITOR");
		this.jdbc.update("update staff_user set display_name = 'Wendy Writer' where username = 'writer1'");
		this.jdbc.update("update staff_user set display_name = 'Ed Itor' where username = 'editor1'");
	}

	@Test
	void writerDraftsAndSubmitsEditorSendsBackWithANoteWriterResubmitsEditorPublishes() throws Exception {
		assertThat(buttons(page(this.mvc, "/admin/articles/new", writer("writer1")))).containsExactly("Save draft",
				"Submit for review");

		this.mvc.perform(press(null, null, "draft", this.world, writer("writer1")))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from article", Long.class);
		assertThat(this.jdbc.queryForObject("select created_by from article", Long.class)).isEqualTo(this.writerId);

		this.mvc.perform(press(id, version(this.jdbc, id), "submit", this.world, writer("writer1")))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("message", "Submitted for review. An editor will look at it."));
		assertThat(status(this.jdbc, id)).isEqualTo("IN_REVIEW");
		assertThat(buttons(page(this.mvc, "/admin/articles/" + id + "/edit", writer("writer1"))))
			.as("waiting for review: the writer may only take it back")
			.containsExactly("Return to draft");

		Document queue = page(this.mvc, "/admin/review", editor("editor1"));
		assertThat(queue.select("tbody tr").eachText()).singleElement()
			.asString()
			.contains("Council backs new bridge", "Wendy Writer");
		assertThat(buttons(page(this.mvc, "/admin/articles/" + id + "/edit", editor("editor1"))))
			.containsExactly("Save changes", "Return to draft", "Publish", "Send back");

		this.mvc
			.perform(press(id, version(this.jdbc, id), "send-back", this.world, editor("editor1")).param("reviewNote",
					"Add a second source for the vote count."))
			.andExpect(status().is3xxRedirection());
		assertThat(status(this.jdbc, id)).isEqualTo("DRAFT");

		Document form = page(this.mvc, "/admin/articles/" + id + "/edit", writer("writer1"));
		assertThat(form.select(".review-note").text()).startsWith("Sent back by Ed Itor on")
			.endsWith("Add a second source for the vote count.");
		assertThat(page(this.mvc, "/admin/articles", writer("writer1")).select("tbody tr").text())
			.contains("Sent back: Add a second source for the vote count.");

		this.mvc.perform(press(id, version(this.jdbc, id), "submit", this.world, writer("writer1")))
			.andExpect(status().is3xxRedirection());
		assertThat(page(this.mvc, "/admin/articles/" + id + "/edit", writer("writer1")).select(".review-note"))
			.as("the note is cleared once the writer resubmits")
			.isEmpty();

		this.mvc.perform(press(id, version(this.jdbc, id), "publish", this.world, editor("editor1")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/articles/council-backs-new-bridge")).andExpect(status().isOk());

		assertThat(auditActions(this.jdbc)).containsExactly("article.create", "article.submit", "article.send-back",
				"article.submit", "article.publish");
		assertThat(this.jdbc.queryForList("select actor_username from audit_entry order by id", String.class))
			.containsExactly("writer1", "writer1", "editor1", "writer1", "editor1");
	}

	@Test
	void sendingBackWithoutANoteAsksForOneAndChangesNothing() throws Exception {
		Article article = this.data.anArticle().createdBy(this.writerId).inReview().save();
		var before = snapshot(this.jdbc);

		Document form = org.jsoup.Jsoup
			.parse(this.mvc
				.perform(press(article.getId(), article.getVersion(), "send-back", this.world, editor("editor1"))
					.param("reviewNote", "  "))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());

		assertThat(form.select("#reviewNote-error").text())
			.isEqualTo("Write a note telling the writer what to change before sending it back.");
		assertThat(snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void theReviewQueueListsArticlesInReviewLongestWaitingFirstWithTheirSubmitter() throws Exception {
		this.data.anArticle().withHeadline("Waiting longest").createdBy(this.writerId).inReview().save();
		this.data.clock().advance(Duration.ofMinutes(5));
		this.data.anArticle().withHeadline("Waiting less").createdBy(this.writerId).inReview().save();
		this.data.anArticle().withHeadline("Just a draft").createdBy(this.writerId).draft().save();
		this.data.anArticle().withHeadline("Already out").publishedAgo(Duration.ofHours(1)).save();

		Document queue = page(this.mvc, "/admin/review", editor("editor1"));

		assertThat(queue.select("tbody tr td:first-child").eachText()).containsExactly("Waiting longest",
				"Waiting less");
		assertThat(queue.select("tbody tr td:nth-child(2)").eachText()).containsOnly("Wendy Writer");
		assertThat(queue.select("tbody a").first().attr("href")).matches("/admin/articles/\\d+/edit");
	}

	@Test
	void aWriterListsOnlyTheirOwnArticlesAndAnEditorListsEveryone() throws Exception {
		this.data.anArticle().withHeadline("Mine").createdBy(this.writerId).draft().save();
		this.data.anArticle()
			.withHeadline("Theirs")
			.createdBy(this.data.staffMember("writer2", "WRITER"))
			.draft()
			.save();
		this.data.anArticle().withHeadline("Agency copy").publishedAgo(Duration.ofHours(1)).save();

		Document writers = page(this.mvc, "/admin/articles", writer("writer1"));
		assertThat(writers.select("h1").text()).isEqualTo("Your articles");
		assertThat(writers.select("tbody tr td:first-child").eachText()).containsExactly("Mine");
		assertThat(page(this.mvc, "/admin/articles", editor("editor1")).select("tbody tr td:first-child").eachText())
			.containsExactlyInAnyOrder("Mine", "Theirs", "Agency copy");
	}

	@Test
	void theListFiltersByTheNewStates() throws Exception {
		this.data.anArticle().withHeadline("Under review").createdBy(this.writerId).inReview().save();
		this.data.anArticle().withHeadline("Taken down").withdrawn().save();
		this.data.anArticle().withHeadline("Plain draft").draft().save();

		assertThat(rows("/admin/articles?status=in-review")).containsExactly("Under review | In review");
		assertThat(rows("/admin/articles?status=unpublished")).containsExactly("Taken down | Unpublished");
		assertThat(rows("/admin/articles?status=draft")).containsExactly("Plain draft | Draft");
		assertThat(
				page(this.mvc, "/admin/articles?status=unpublished", editor("editor1")).select("a[aria-current=page]")
					.text())
			.isEqualTo("Unpublished");
	}

	private java.util.List<String> rows(String url) throws Exception {
		return page(this.mvc, url, editor("editor1")).select("tbody tr")
			.stream()
			.map((row) -> row.child(0).text() + " | " + row.child(1).text())
			.toList();
	}

}
