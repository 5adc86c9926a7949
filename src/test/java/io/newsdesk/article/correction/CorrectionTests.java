package io.newsdesk.article.correction;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Article;
import io.newsdesk.article.preview.EditorActions;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

import static io.newsdesk.article.preview.EditorActions.editor;
import static io.newsdesk.article.preview.EditorActions.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Corrections, updates and the "Updated" time: what readers are told changed, and what
 * search engines read as dateModified. A minor edit tells nobody anything.
 */
@NewsdeskTest
class CorrectionTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	EditorActions actions;

	Article story;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.actions = new EditorActions(this.mvc, this.data, this.jdbc);
		this.actions.staff();
		this.story = this.data.anArticle()
			.withHeadline("Council votes on budget")
			.withSlug("budget")
			.publishedAgo(Duration.ofHours(3))
			.save();
	}

	@Test
	void notesShowOnThePageNewestFirstWithTheUpdatedTimeInThePageAndItsMetadata() throws Exception {
		Document before = Html.page(this.mvc, "/articles/budget");
		assertThat(before.select(".story-updated")).isEmpty();
		assertThat(before.select(".story-notes")).isEmpty();

		addNote("CORRECTION", "An earlier version misstated the vote count.");
		this.data.clock().advance(Duration.ofMinutes(30));
		Instant second = this.data.clock().instant();
		MvcResult result = addNote("UPDATE", "The mayor has since responded.");

		assertThat(this.actions.follow(result).select(".flash").text()).startsWith("Update added.");
		Document page = Html.page(this.mvc, "/articles/budget");
		assertThat(page.select(".story-notes h2").text()).isEqualTo("Corrections and updates");
		assertThat(Html.texts(page, ".story-notes li .story-note-kind")).containsExactly("Update", "Correction");
		assertThat(Html.texts(page, ".story-notes li .story-note-text"))
			.containsExactly("The mayor has since responded.", "An earlier version misstated the vote count.");
		Element updated = page.selectFirst(".story-updated time");
		assertThat(page.select(".story-updated").text()).startsWith("Updated ");
		assertThat(OffsetDateTime.parse(updated.attr("datetime")).toInstant())
			.isEqualTo(second.truncatedTo(ChronoUnit.SECONDS));
		assertThat(updated.text()).endsWith(updated.attr("datetime").endsWith("+01:00") ? "BST" : "GMT");
		assertThat(meta(page, "article:modified_time")).isEqualTo(updated.attr("datetime"));
		assertThat(jsonLd(page).get("dateModified").asString()).isEqualTo(updated.attr("datetime"));
		assertThat(jsonLd(page).get("datePublished").asString())
			.isEqualTo(page.selectFirst(".story-meta time").attr("datetime"));
		assertThat(this.jdbc.queryForList(
				"select detail from audit_entry where action = 'article.correction'" + " order by id", String.class))
			.containsExactly("Correction: An earlier version misstated the vote count.",
					"Update: The mayor has since responded.");
	}

	@Test
	void minorEditChangesNeitherTheVisibleTimeNorTheMetadata() throws Exception {
		String publishedIso = Html.page(this.mvc, "/articles/budget").selectFirst(".story-meta time").attr("datetime");
		this.data.clock().advance(Duration.ofMinutes(10));
		MultiValueMap<String, String> form = this.actions.formOf(this.story);
		form.set("body", "Fixed a typo.");
		form.set("minorEdit", "true");

		this.actions.press(this.story, form, "publish");

		Document page = Html.page(this.mvc, "/articles/budget");
		assertThat(page.select(".story-body").text()).isEqualTo("Fixed a typo.");
		assertThat(page.select(".story-updated")).isEmpty();
		assertThat(page.select(".story-notes")).isEmpty();
		assertThat(jsonLd(page).get("dateModified").asString()).isEqualTo(jsonLd(page).get("datePublished").asString());
		assertThat(meta(page, "article:modified_time")).isEqualTo(meta(page, "article:published_time"));
		assertThat(this.jdbc.queryForObject("select count(*) from article_note", Integer.class)).isZero();
		assertThat(publishedIso).isNotBlank();
	}

	@Test
	void normalEditOfALiveArticleShowsTheUpdatedTimeButASaveThatChangesNothingReadersSeeDoesNot() throws Exception {
		this.data.clock().advance(Duration.ofMinutes(10));
		this.actions.press(this.story, this.actions.formOf(this.story), "publish");
		assertThat(Html.page(this.mvc, "/articles/budget").select(".story-updated")).isEmpty();

		this.data.clock().advance(Duration.ofMinutes(10));
		Instant edited = this.data.clock().instant();
		MultiValueMap<String, String> form = this.actions.formOf(this.story);
		form.set("body", "New paragraph with the result.");
		this.actions.press(this.story, form, "publish");

		Document page = Html.page(this.mvc, "/articles/budget");
		String iso = page.selectFirst(".story-updated time").attr("datetime");
		assertThat(OffsetDateTime.parse(iso).toInstant()).isEqualTo(edited.truncatedTo(ChronoUnit.SECONDS));
		assertThat(jsonLd(page).get("dateModified").asString()).isEqualTo(iso);
	}

	@Test
	void minorEditCheckboxIsOfferedOnlyForALiveArticle() throws Exception {
		Article draft = this.data.anArticle().withHeadline("Draft").draft().save();

		Document liveForm = editPage(this.story);
		Document draftForm = editPage(draft);

		assertThat(liveForm.select("label[for=minorEdit]").text()).isEqualTo("Minor edit");
		assertThat(liveForm.select("#minorEdit").attr("type")).isEqualTo("checkbox");
		assertThat(draftForm.select("#minorEdit")).isEmpty();
		assertThat(draftForm.select("#notes").text()).contains("can be added once the article is on the site");
		assertThat(draftForm.select("#notes form")).isEmpty();
	}

	@Test
	void emptyOrTooLongNotesAreRefusedWithTheTextKept() throws Exception {
		Map<String, Integer> before = this.actions.rowCounts();

		Document empty = this.actions.follow(addNote("CORRECTION", "   "));
		assertThat(empty.select("#notes [role=alert]").text()).startsWith("Write the note first");

		String tooLong = "Too long. ".repeat(101);
		Document longNote = this.actions.follow(addNote("UPDATE", tooLong));
		assertThat(longNote.select("#notes [role=alert]").text())
			.isEqualTo("Keep the note to 1,000 characters or fewer; it has 1,009.");
		assertThat(longNote.select("#note-text").first().wholeText()).isEqualTo(tooLong);
		assertThat(longNote.select("#note-kind option[selected]").text()).isEqualTo("Update");

		Document badKind = this.actions.follow(addNote("RETRACTION", "Something"));
		assertThat(badKind.select("#notes [role=alert]").text()).contains("correction or an update");

		assertThat(this.actions.rowCounts()).isEqualTo(before);
		assertThat(Html.page(this.mvc, "/articles/budget").select(".story-updated")).isEmpty();
	}

	@Test
	void notesOnArticlesReadersCannotSeeAreRefused() throws Exception {
		Article draft = this.data.anArticle().withHeadline("Draft").draft().save();
		Article scheduled = this.data.anArticle().withHeadline("Later").scheduledIn(Duration.ofHours(2)).save();
		Map<String, Integer> before = this.actions.rowCounts();

		for (Article article : List.of(draft, scheduled)) {
			MvcResult result = this.mvc
				.perform(this.actions.postAs(editor(), "/admin/articles/" + article.getId() + "/notes")
					.param("kind", "CORRECTION")
					.param("text", "Typed note"))
				.andReturn();
			assertThat(result.getFlashMap().get("noteProblem").toString()).contains("not on the site");
		}

		assertThat(this.actions.rowCounts()).isEqualTo(before);
	}

	@Test
	void writersCannotAddNotesAndUnknownArticlesAnswer404() throws Exception {
		Map<String, Integer> before = this.actions.rowCounts();

		assertThat(this.mvc
			.perform(this.actions.postAs(writer(), "/admin/articles/" + this.story.getId() + "/notes")
				.param("kind", "CORRECTION")
				.param("text", "Sneaky"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc
			.perform(this.actions.postAs(editor(), "/admin/articles/999999/notes")
				.param("kind", "CORRECTION")
				.param("text", "Nowhere"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);

		assertThat(this.actions.rowCounts()).isEqualTo(before);
		assertThat(editPage(this.story, writer()).select("#notes form")).isEmpty();
	}

	@Test
	void aNoteReachesReadersStraightAwayDespiteThePageCache() throws Exception {
		assertThat(Html.page(this.mvc, "/articles/budget").select(".story-notes")).isEmpty();
		assertThat(this.mvc.perform(get("/articles/budget")).andReturn().getResponse().getHeader("X-Cache"))
			.isEqualTo("HIT");

		addNote("CORRECTION", "Fixed the spelling of a name.");

		assertThat(Html.page(this.mvc, "/articles/budget").select(".story-note-text").text())
			.isEqualTo("Fixed the spelling of a name.");
	}

	@Test
	void addingANoteDoesNotMakeAnOpenFormStale() throws Exception {
		MultiValueMap<String, String> openForm = this.actions.formOf(this.story);
		addNote("UPDATE", "More to come.");

		openForm.set("headline", "Council passes budget");
		this.actions.press(this.story, openForm, "publish");

		assertThat(Html.page(this.mvc, "/articles/budget").select("main h1").text()).isEqualTo("Council passes budget");
	}

	@Test
	void editPageListsTheNotesWithWhoAddedThem() throws Exception {
		addNote("CORRECTION", "Wrong date fixed.");

		assertThat(editPage(this.story).select("#notes li").text()).contains("Correction")
			.contains("editor1")
			.contains("Wrong date fixed.");
	}

	private MvcResult addNote(String kind, String text) throws Exception {
		MvcResult result = this.mvc
			.perform(this.actions.postAs(editor(), "/admin/articles/" + this.story.getId() + "/notes")
				.param("kind", kind)
				.param("text", text))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/admin/articles/" + this.story.getId() + "/edit#notes");
		return result;
	}

	private Document editPage(Article article) throws Exception {
		return editPage(article, editor());
	}

	private Document editPage(Article article, org.springframework.test.web.servlet.request.RequestPostProcessor who)
			throws Exception {
		return org.jsoup.Jsoup.parse(this.mvc.perform(get("/admin/articles/" + article.getId() + "/edit").with(who))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String meta(Document page, String property) {
		return page.select("head meta[property=" + property + "]").attr("content");
	}

	private static JsonNode jsonLd(Document page) {
		return JSON.readTree(page.selectFirst("head script[type=application/ld+json]").data());
	}

}
