package io.newsdesk.article.preview;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

import static io.newsdesk.article.preview.EditorActions.editor;
import static io.newsdesk.article.preview.EditorActions.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Preview button and the saved-version preview: the public article template, from
 * what is typed or what is saved, with a banner, never indexed, never cached, and never
 * writing anything.
 */
@NewsdeskTest
class ArticlePreviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	EditorActions actions;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.actions = new EditorActions(this.mvc, this.data, this.jdbc);
		this.actions.staff();
	}

	@Test
	void previewOfANewArticleShowsWhatIsTypedWithTheBannerAndSavesNothing() throws Exception {
		Article related = this.data.anArticle()
			.withHeadline("Earlier coverage")
			.publishedAgo(Duration.ofDays(1))
			.save();
		Map<String, Integer> before = this.actions.rowCounts();
		MultiValueMap<String, String> form = this.actions.newForm("Typed headline, never saved");
		form.set("standfirst", "Typed standfirst.");
		form.set("body", "First paragraph with **bold** text.\n\n<script>alert('x')</script>Second paragraph.");
		form.set("tags", "Brand new tag, Climate");
		form.set("byline", "Jane Typed");
		form.add("relatedIds", String.valueOf(related.getId()));

		MockHttpServletResponse response = perform(
				this.actions.postAs(editor(), "/admin/articles/preview").params(form).param("action", "draft"));

		assertThat(response.getStatus()).isEqualTo(200);
		Document page = parse(response);
		assertThat(page.select("main h1").text()).isEqualTo("Typed headline, never saved");
		assertThat(page.select(".story-standfirst").text()).isEqualTo("Typed standfirst.");
		assertThat(page.select(".story-body strong").text()).isEqualTo("bold");
		assertThat(page.select(".story-body script")).isEmpty();
		assertThat(page.select(".byline").text()).isEqualTo("By Jane Typed");
		assertThat(Html.texts(page, ".story-tags a")).containsExactly("Brand new tag", "Climate");
		assertThat(Html.railHeadlines(page)).containsExactly("Earlier coverage");
		assertPreviewBannerAndPrivate(page, response);
		assertThat(this.actions.rowCounts()).isEqualTo(before);
	}

	@Test
	void previewOfAnEditedArticleShowsTheTypedChangesAndLeavesTheSavedOneAlone() throws Exception {
		Article draft = this.data.anArticle().withHeadline("Saved headline").withSlug("saved").draft().save();
		MultiValueMap<String, String> form = this.actions.formOf(draft);
		form.set("headline", "Typed but not saved");
		Map<String, Integer> before = this.actions.rowCounts();

		MockHttpServletResponse response = perform(
				this.actions.postAs(editor(), "/admin/articles/" + draft.getId() + "/preview").params(form));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(parse(response).select("main h1").text()).isEqualTo("Typed but not saved");
		Article after = this.data.reload(draft);
		assertThat(after.getHeadline()).isEqualTo("Saved headline");
		assertThat(after.getVersion()).isEqualTo(draft.getVersion());
		assertThat(this.actions.rowCounts()).isEqualTo(before);
		assertThat(Html.status(this.mvc, "/articles/saved")).isEqualTo(404);
	}

	@Test
	void savedDraftAndScheduledArticlesCanBePreviewedWhileReadersGet404() throws Exception {
		Article draft = this.data.anArticle()
			.withHeadline("Draft story")
			.withSlug("draft-story")
			.withBody("Saved *body*.")
			.draft()
			.save();
		Article scheduled = this.data.anArticle()
			.withHeadline("Embargoed story")
			.withSlug("embargoed")
			.scheduledIn(Duration.ofHours(3))
			.save();

		for (Article article : new Article[] { draft, scheduled }) {
			MockHttpServletResponse response = perform(
					get("/admin/articles/" + article.getId() + "/preview").with(editor()));
			assertThat(response.getStatus()).isEqualTo(200);
			Document page = parse(response);
			assertThat(page.select("main h1").text()).isEqualTo(article.getHeadline());
			assertPreviewBannerAndPrivate(page, response);
		}
		assertThat(parse(perform(get("/admin/articles/" + draft.getId() + "/preview").with(editor())))
			.select(".story-body em")
			.text()).isEqualTo("body");
		assertThat(Html.status(this.mvc, "/articles/draft-story")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/articles/embargoed")).isEqualTo(404);
	}

	@Test
	void writerMayPreviewFromTheForm() throws Exception {
		MockHttpServletResponse response = perform(this.actions.postAs(writer(), "/admin/articles/preview")
			.params(this.actions.newForm("A writer's first draft")));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(parse(response).select("main h1").text()).isEqualTo("A writer's first draft");
	}

	@Test
	void previewWithProblemsListsThemKeepsTheFormAndSavesNothing() throws Exception {
		Map<String, Integer> before = this.actions.rowCounts();
		MultiValueMap<String, String> form = this.actions.newForm("");
		form.set("slug", "Not A Slug!");

		MockHttpServletResponse response = perform(
				this.actions.postAs(editor(), "/admin/articles/preview").params(form));

		assertThat(response.getStatus()).isEqualTo(422);
		Document page = parse(response);
		assertThat(page.select("h1").text()).isEqualTo("Preview not shown");
		assertThat(page.select("[role=alert] li").eachText()).contains("Enter a headline.",
				"Use only lower-case letters, digits and single hyphens, like beijing-us-talks.");
		assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
		assertThat(this.actions.rowCounts()).isEqualTo(before);
	}

	@Test
	void previewOnlyRailsArticlesReadersCanSee() throws Exception {
		Article visible = this.data.anArticle().withHeadline("Visible pick").publishedAgo(Duration.ofHours(2)).save();
		Article hidden = this.data.anArticle().withHeadline("Hidden pick").draft().save();
		MultiValueMap<String, String> form = this.actions.newForm("Story with picks");
		form.add("relatedIds", String.valueOf(hidden.getId()));
		form.add("relatedIds", String.valueOf(visible.getId()));

		Document page = parse(perform(this.actions.postAs(editor(), "/admin/articles/preview").params(form)));

		assertThat(Html.railHeadlines(page)).containsExactly("Visible pick");
	}

	@Test
	void unknownArticlesAnswer404() throws Exception {
		assertThat(perform(get("/admin/articles/999999/preview").with(editor())).getStatus()).isEqualTo(404);
		assertThat(perform(
				this.actions.postAs(editor(), "/admin/articles/999999/preview").params(this.actions.newForm("x")))
			.getStatus()).isEqualTo(404);
		assertThat(perform(get("/admin/articles/abc/preview").with(editor())).getStatus()).isEqualTo(400);
	}

	@Test
	void formHasAPreviewButtonThatPostsElsewhereAndOpensANewTab() throws Exception {
		Article draft = this.data.anArticle().withHeadline("Draft").draft().save();

		Document newForm = parse(perform(get("/admin/articles/new").with(editor())));
		Document editForm = parse(perform(get("/admin/articles/" + draft.getId() + "/edit").with(editor())));

		assertThat(newForm.select("button:containsOwn(Preview)").attr("formaction"))
			.isEqualTo("/admin/articles/preview");
		assertThat(editForm.select("button:containsOwn(Preview)").attr("formaction"))
			.isEqualTo("/admin/articles/" + draft.getId() + "/preview");
		assertThat(editForm.select("button:containsOwn(Preview)").attr("formtarget")).isEqualTo("_blank");
		assertThat(editForm.select("a:containsOwn(Preview the saved version)").attr("href"))
			.isEqualTo("/admin/articles/" + draft.getId() + "/preview");
	}

	static void assertPreviewBannerAndPrivate(Document page, MockHttpServletResponse response) {
		assertThat(page.select(".preview-banner").text()).startsWith("Preview — not published");
		assertThat(page.select("head meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("head link[rel=canonical]")).isEmpty();
		assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(response.getHeader("X-Cache")).isNull();
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	static Document parse(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
