package io.newsdesk.article.revision;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The history page, the diff between any two revisions and restoring one, as an editor
 * uses them: saves go through the real form, pages are read with jsoup.
 */
@NewsdeskTest
class RevisionHistoryPageTests {

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
		this.world = this.data.section("world").getId();
		this.data.staffMember("ann", "EDITOR");
		this.jdbc.update("update staff_user set display_name = 'Ann Editor' where username = 'ann'");
		this.data.staffMember("wendy", "WRITER");
	}

	@Test
	void historyListsEveryRevisionNewestFirstWithWhoAndWhatChanged() throws Exception {
		long id = create("Rates rise", "The bank raised rates.", editor());
		save(id, "Rates rise again", "The bank raised rates.", "draft", ann());
		save(id, "Rates rise again", "The bank raised rates twice.", "publish", ann());

		Document page = page("/admin/articles/" + id + "/history", editor());
		List<String> rows = page.select("table.history tbody tr").eachText();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).startsWith("3 (current)")
			.contains("Ann Editor")
			.contains("Published")
			.contains("Body, Status, Publish time changed");
		assertThat(rows.get(1)).startsWith("2").contains("Ann Editor").contains("Draft").contains("Headline changed");
		assertThat(rows.get(2)).startsWith("1").contains("Administrator").contains("Created");
		assertThat(page.select("table.history time").attr("datetime")).isNotBlank();
		assertThat(page.select("a:contains(Restore)")).hasSize(2);
		assertThat(page("/admin/articles/" + id + "/edit", editor()).select("a:contains(History)").attr("href"))
			.isEqualTo("/admin/articles/" + id + "/history");
	}

	@Test
	void diffMarksBodyWordsAndListsChangedFieldsWithHostileHtmlEscaped() throws Exception {
		long id = create("Rates rise", "The bank <b>raised</b> rates today.", editor());
		save(id, "Rates rise <script>alert(1)</script>", "The bank <script>alert(2)</script> cut rates today.",
				"publish", ann());

		MvcResult result = this.mvc.perform(get("/admin/articles/" + id + "/history/diff?from=1&to=2").with(editor()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>").doesNotContain("<b>raised");
		Document page = Jsoup.parse(html);
		assertThat(page.select(".word-diff del").eachText()).containsExactly("<b>raised</b>");
		assertThat(String.join(" ", page.select(".word-diff ins").eachText())).contains("<script>alert(2)</script>")
			.contains("cut");
		assertThat(page.select(".word-diff").text()).contains("The bank").contains("rates today.");
		List<String> changes = page.select("table.field-changes tbody tr").eachText();
		assertThat(changes).anySatisfy((row) -> assertThat(row).contains("Headline")
			.contains("Rates rise")
			.contains("Rates rise <script>alert(1)</script>"));
		assertThat(changes).anySatisfy((row) -> assertThat(row).startsWith("Status").contains("Draft", "Published"));
		assertThat(page.select("table.field-changes td ins").eachText())
			.contains("Rates rise <script>alert(1)</script>");

		Document reversed = page("/admin/articles/" + id + "/history/diff?from=2&to=1", editor());
		assertThat(reversed.select(".word-diff ins").eachText()).containsExactly("<b>raised</b>");
		Document same = page("/admin/articles/" + id + "/history/diff?from=2&to=2", editor());
		assertThat(same.text()).contains("No differences");
	}

	@Test
	void restoringSavesTheOldContentAsANewRevisionAndKeepsPublication() throws Exception {
		long id = create("Original headline", "Original body.", editor());
		save(id, "Second headline", "Second body.", "publish", ann());
		String publishedAt = this.jdbc.queryForObject("select publish_at::text from article where id = ?", String.class,
				id);

		Document confirm = page("/admin/articles/" + id + "/history/1/restore", ann());
		assertThat(confirm.select("h1").text()).isEqualTo("Restore revision 1?");
		assertThat(confirm.text()).contains("Publication does not change").contains("stays Published");
		assertThat(confirm.select(".word-diff ins").eachText()).contains("Original");
		String version = confirm.select("form input[name=version]").val();

		MvcResult restored = this.mvc.perform(
				post("/admin/articles/" + id + "/history/1/restore").param("version", version).with(csrf()).with(ann()))
			.andReturn();
		assertThat(restored.getResponse().getStatus()).isEqualTo(302);
		assertThat(restored.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + id + "/history");
		assertThat(restored.getFlashMap().get("message").toString()).contains("Revision 1 restored")
			.contains("revision 3");

		assertThat(this.jdbc
			.queryForMap("select headline, body_markdown, status, publish_at::text as p from article where id = ?", id))
			.containsEntry("headline", "Original headline")
			.containsEntry("body_markdown", "Original body.")
			.containsEntry("status", "PUBLISHED")
			.containsEntry("p", publishedAt);
		assertThat(this.jdbc.queryForList("select number from article_revision where article_id = ? order by number",
				Integer.class, id))
			.containsExactly(1, 2, 3);
		assertThat(this.jdbc.queryForMap(
				"select headline, saved_by_username from article_revision where article_id = ? and number = 3", id))
			.containsEntry("headline", "Original headline")
			.containsEntry("saved_by_username", "ann");
		assertThat(this.jdbc.queryForObject("select headline from article_revision where article_id = ? and number = 2",
				String.class, id))
			.as("history is never rewritten")
			.isEqualTo("Second headline");
		assertThat(this.jdbc.queryForMap(
				"select actor_username, detail from audit_entry where action = 'article.restore-revision' and subject_id = ?",
				id))
			.containsEntry("actor_username", "ann")
			.containsEntry("detail", "Restored revision 1 as revision 3");
	}

	@Test
	void aRestoreConfirmedOnAStalePageRestoresNothing() throws Exception {
		long id = create("Original headline", "Original body.", editor());
		String version = page("/admin/articles/" + id + "/history/1/restore", ann()).select("input[name=version]")
			.val();
		save(id, "Changed meanwhile", "Body.", "draft", ann());

		MvcResult result = this.mvc.perform(
				post("/admin/articles/" + id + "/history/1/restore").param("version", version).with(csrf()).with(ann()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("[role=alert]").text())
			.contains("Someone saved the article after you opened this page");
		assertThat(this.jdbc.queryForObject("select headline from article where id = ?", String.class, id))
			.isEqualTo("Changed meanwhile");
	}

	@Test
	void aWriterMayNotRestoreAPublishedArticle() throws Exception {
		long id = create("Published story", "Body.", editor());
		save(id, "Published story, edited", "Body.", "publish", ann());
		String version = String
			.valueOf(this.jdbc.queryForObject("select version from article where id = ?", Long.class, id));

		// Someone else's article: a writer may not even open its history.
		assertThat(status(get("/admin/articles/" + id + "/history").with(writer()))).isEqualTo(403);
		assertThat(status(get("/admin/articles/" + id + "/history/1/restore").with(writer()))).isEqualTo(403);
		assertThat(status(post("/admin/articles/" + id + "/history/1/restore").param("version", version)
			.with(csrf())
			.with(writer()))).isEqualTo(403);
		assertThat(status(post("/admin/articles/" + id + "/history/1/restore").param("version", version).with(ann())))
			.as("no CSRF token")
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select headline from article where id = ?", String.class, id))
			.isEqualTo("Published story, edited");
		assertThat(this.jdbc.queryForObject("select count(*) from article_revision where article_id = ?", Integer.class,
				id))
			.isEqualTo(2);
	}

	@Test
	void aWriterMayRestoreADraft() throws Exception {
		long id = create("Draft headline", "Draft body.", writer());
		save(id, "Draft headline, edited", "Draft body.", "draft", writer());
		String version = page("/admin/articles/" + id + "/history/1/restore", writer()).select("input[name=version]")
			.val();

		assertThat(status(post("/admin/articles/" + id + "/history/1/restore").param("version", version)
			.with(csrf())
			.with(writer()))).isEqualTo(302);
		assertThat(this.jdbc.queryForMap("select headline, status from article where id = ?", id))
			.containsEntry("headline", "Draft headline")
			.containsEntry("status", "DRAFT");
	}

	@Test
	void unknownArticlesRevisionsOfOtherArticlesAndBadNumbersAreRefused() throws Exception {
		long id = create("Mine", "Body.", editor());
		long other = create("Other", "Other body.", editor());
		save(other, "Other, edited", "Other body.", "draft", editor());

		assertThat(status(get("/admin/articles/999999/history").with(editor()))).isEqualTo(404);
		assertThat(status(get("/admin/articles/abc/history").with(editor()))).isEqualTo(404);
		assertThat(status(get("/admin/articles/" + id + "/history/diff?from=1&to=2").with(editor())))
			.as("revision 2 belongs to another article")
			.isEqualTo(404);
		assertThat(status(get("/admin/articles/" + id + "/history/2/restore").with(editor()))).isEqualTo(404);
		assertThat(status(
				post("/admin/articles/" + id + "/history/2/restore").param("version", "0").with(csrf()).with(editor())))
			.isEqualTo(404);
		assertThat(status(get("/admin/articles/" + id + "/history/99999999999/restore").with(editor()))).isEqualTo(404);
		assertThat(status(get("/admin/articles/" + id + "/history?page=abc").with(editor()))).isEqualTo(404);
		assertThat(status(get("/admin/articles/" + id + "/history?page=9").with(editor()))).isEqualTo(404);

		for (String query : List.of("", "?from=1", "?from=x&to=1", "?from=1&to=-2", "?from=1&to=99999999999",
				"?from=%20&to=1")) {
			MvcResult result = this.mvc.perform(get("/admin/articles/" + id + "/history/diff" + query).with(editor()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(query).isEqualTo(400);
			assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("[role=alert]").text()).as(query)
				.contains("Choose two revisions to compare");
		}
	}

	@Test
	void revisionsKeepTheAuthorsAndARestoreBringsThemBack() throws Exception {
		long ann = this.jdbc.queryForObject("select id from staff_user where username = 'ann'", Long.class);
		long wendy = this.jdbc.queryForObject("select id from staff_user where username = 'wendy'", Long.class);
		MvcResult created = this.mvc
			.perform(form(post("/admin/articles"), "Bylined", "Body.").param("authorIds", String.valueOf(ann))
				.param("authorIds", String.valueOf(wendy))
				.param("action", "draft")
				.with(ann()))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
		this.mvc
			.perform(form(post("/admin/articles/" + id), "Bylined", "Body.").param("authorIds", String.valueOf(wendy))
				.param("slug", "bylined")
				.param("version", "0")
				.param("action", "draft")
				.with(ann()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		assertThat(page("/admin/articles/" + id + "/history", ann()).text()).contains("Authors changed");
		assertThat(page("/admin/articles/" + id + "/history/diff?from=1&to=2", ann()).text()).contains("Ann Editor");

		String version = page("/admin/articles/" + id + "/history/1/restore", ann()).select("input[name=version]")
			.val();
		this.mvc.perform(
				post("/admin/articles/" + id + "/history/1/restore").param("version", version).with(csrf()).with(ann()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		assertThat(this.jdbc.queryForList(
				"select staff_user_id from article_author where article_id = ? order by position", Long.class, id))
			.containsExactly(ann, wendy);
	}

	private long create(String headline, String body, RequestPostProcessor who) throws Exception {
		MvcResult result = this.mvc
			.perform(form(post("/admin/articles"), headline, body).param("action", "draft").with(who))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as("create %s", headline).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll("\\D+", ""));
	}

	private void save(long id, String headline, String body, String button, RequestPostProcessor who) throws Exception {
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, id);
		String slug = this.jdbc.queryForObject("select slug from article where id = ?", String.class, id);
		MvcResult result = this.mvc
			.perform(form(post("/admin/articles/" + id), headline, body).param("slug", slug)
				.param("version", String.valueOf(version))
				.param("action", button)
				.with(who))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as("save %s", headline).isEqualTo(302);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String headline, String body) {
		return request.param("headline", headline)
			.param("standfirst", "A standfirst.")
			.param("body", body)
			.param("sectionId", String.valueOf(this.world))
			.param("tags", "")
			.param("byline", "A Reporter")
			.param("publishAt", "")
			.with(csrf());
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as("status of %s", url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static RequestPostProcessor editor() {
		return user("admin").roles("ADMIN");
	}

	private static RequestPostProcessor ann() {
		return user("ann").roles("EDITOR");
	}

	private static RequestPostProcessor writer() {
		return user("wendy").roles("WRITER");
	}

}
