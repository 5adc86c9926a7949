package io.newsdesk.site;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.newsdesk.article.Article;
import io.newsdesk.media.MediaUploads;
import io.newsdesk.media.TestImages;
import jakarta.servlet.RequestDispatcher;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import nu.validator.client.EmbeddedValidator;
import nu.validator.client.EmbeddedValidator.OutputFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page template, rendered as a reader or an editor gets it, is valid HTML according
 * to the Nu HTML Checker (vnu, the engine behind validator.w3.org/nu), run in-process so
 * no network is needed. Warnings are allowed; errors fail the test with vnu's messages.
 */
@NewsdeskTest
class HtmlConformanceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void frontPageIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		assertValid("/", get("/"));
	}

	@Test
	void articlePageWithTagsAndRelatedRailIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		String html = render(get("/articles/beijing-says-us-too-negative"), 200);
		assertThat(html).contains("Related Articles").contains("rel=\"tag\"");
		assertValid("/articles/{slug}", html);
	}

	@Test
	void sectionPageIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		assertValid("/sections/world", get("/sections/world"));
	}

	@Test
	void tagPageIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		assertValid("/tags/china", get("/tags/china"));
	}

	@Test
	void searchPageWithResultsIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		String html = render(get("/search").param("q", "quote \"foreign ministry\"").param("section", "world"), 200);
		assertThat(html).contains("<mark>").contains("class=\"search-result\"");
		assertValid("/search?q=quote", html);
	}

	@Test
	void searchPageWithNoResultsIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		String html = render(get("/search").param("q", "xylophone").param("from", "2025-01-01"), 200);
		assertThat(html).contains("No results for");
		assertValid("/search?q=xylophone", html);
		assertValid("/search (empty)", get("/search"));
	}

	@Test
	void notFoundPageIsValidHtml() throws Exception {
		this.mvc.perform(get("/articles/no-such-story")).andExpect(status().isNotFound());
		// MockMvc has no servlet container to forward to /error, so render the page the
		// container would show for that 404.
		assertValid("404", render(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404), 404));
	}

	@Test
	void loginPageIsValidHtml() throws Exception {
		assertValid("/login", get("/login"));
	}

	@Test
	void adminArticleListIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		this.data.anArticle().withHeadline("Unfinished draft").draft().save();
		assertValid("/admin/articles", get("/admin/articles").with(editor()));
	}

	@Test
	void adminNewArticleFormIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		assertValid("/admin/articles/new", get("/admin/articles/new").with(editor()));
	}

	@Test
	void adminFormWithValidationErrorsIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		String html = render(post("/admin/articles").with(editor())
			.with(csrf())
			.param("headline", "")
			.param("standfirst", "x".repeat(401))
			.param("body", "Body")
			.param("tags", "a".repeat(51))
			.param("action", "publish"), 200);
		assertThat(html).contains("field-error");
		assertValid("admin form with errors", html);
	}

	// Preview, preview links, corrections and old addresses (io.newsdesk.article.preview,
	// .correction, .redirect).

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void formPreviewIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		String html = render(post("/admin/articles/preview").with(editor())
			.with(csrf())
			.param("headline", "Typed headline")
			.param("standfirst", "Typed standfirst.")
			.param("body", "A [link](https://example.com) and **bold**.")
			.param("sectionId", String.valueOf(this.data.section("world").getId()))
			.param("tags", "China, New tag")
			.param("byline", "A Reporter"), 200);
		assertThat(html).contains("Preview — not published");
		assertValid("form preview", html);
	}

	@Test
	void previewProblemPageIsValidHtml() throws Exception {
		String html = render(post("/admin/articles/preview").with(editor()).with(csrf()).param("headline", ""), 422);
		assertThat(html).contains("Preview not shown");
		assertValid("preview problems", html);
	}

	@Test
	void sharedPreviewAndItsExpiredPageAreValidHtml() throws Exception {
		Article draft = this.data.anArticle().withHeadline("Draft for sharing").withSlug("shared").draft().save();
		var created = this.mvc
			.perform(post("/admin/articles/" + draft.getId() + "/preview-links").with(editor()).with(csrf()))
			.andReturn();
		String url = (String) created.getFlashMap().get("newPreviewLink");
		String path = url.substring(url.indexOf("/preview/"));
		assertValid("/preview/{token}", render(get(path), 200));
		this.data.clock().advance(Duration.ofDays(3));
		String gone = render(get(path), 410);
		assertThat(gone).contains("This preview link has expired");
		assertValid("/preview/{token} expired", gone);
	}

	@Test
	void articlePageWithCorrectionsAndUpdatedTimeIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		Article story = this.data.anArticle().withHeadline("Corrected story").withSlug("corrected").save();
		this.mvc.perform(post("/admin/articles/" + story.getId() + "/notes").with(editor())
			.with(csrf())
			.param("kind", "CORRECTION")
			.param("text", "An earlier version gave the wrong date."));
		String html = render(get("/articles/corrected"), 200);
		assertThat(html).contains("Corrections and updates").contains("story-updated");
		assertValid("/articles/{slug} with corrections", html);
	}

	@Test
	void adminEditFormWithPreviewLinksNotesAndOldAddressesIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		Article story = this.data.anArticle().withHeadline("Live story").withSlug("old-address").save();
		this.jdbc.update("insert into article_slug_history (slug, article_id, retired_at) values (?, ?, now())",
				"older-address", story.getId());
		this.mvc.perform(post("/admin/articles/" + story.getId() + "/notes").with(editor())
			.with(csrf())
			.param("kind", "UPDATE")
			.param("text", "More details added."));
		var created = this.mvc
			.perform(post("/admin/articles/" + story.getId() + "/preview-links").with(editor()).with(csrf()))
			.andReturn();
		String html = render(
				get("/admin/articles/" + story.getId() + "/edit").with(editor()).flashAttrs(created.getFlashMap()),
				200);
		assertThat(html).contains("new-preview-link").contains("Minor edit").contains("Old addresses");
		assertValid("/admin/articles/{id}/edit with panels", html);
	}

	// Media library (io.newsdesk.media)

	@Test
	void adminMediaLibraryAndSearchAreValidHtml() throws Exception {
		aLibraryImage();
		assertValid("/admin/media", get("/admin/media").with(editor()));
		assertValid("/admin/media?q=none", get("/admin/media").param("q", "no such picture").with(editor()));
	}

	@Test
	void adminMediaDetailsFormIsValidHtmlEmptyAndWithErrors() throws Exception {
		this.data.staffMember("admin", "ADMIN");
		assertValid("/admin/media/new", get("/admin/media/new").with(editor()));
		String html = render(
				MediaUploads.upload("notes.jpg", "image/jpeg", "not an image".getBytes(), "").param("caption", "Kept"),
				200);
		assertThat(html).contains("field-error");
		assertValid("upload form with errors", html);
	}

	@Test
	void adminMediaEditFormIsValidHtmlFilledAndWithErrors() throws Exception {
		long image = aLibraryImage();
		assertValid("/admin/media/{id}", get("/admin/media/" + image).with(editor()));
		String html = render(post("/admin/media/" + image).with(editor())
			.with(csrf())
			.param("alt", "")
			.param("caption", "Kept")
			.param("credit", ""), 200);
		assertThat(html).contains("field-error");
		assertValid("/admin/media/{id} with errors", html);
	}

	@Test
	void articlePageAndFrontPageWithImagesAreValidHtml() throws Exception {
		long image = aLibraryImage();
		this.mvc
			.perform(post("/admin/articles").with(editor())
				.with(csrf())
				.param("headline", "Pictured story")
				.param("body", "Text.\n\n![](media:" + image + ")\n\nInline ![](media:" + image + ") too.")
				.param("sectionId", String.valueOf(this.data.section("world").getId()))
				.param("featuredMediaId", String.valueOf(image))
				.param("action", "publish"))
			.andExpect(status().is3xxRedirection());
		this.data.anArticle().withHeadline("Older pictured story").publishedAgo(Duration.ofDays(1)).save();
		this.jdbc.update("update article set featured_media_id = ?", image);
		this.data.contentChanged();

		String article = render(get("/articles/pictured-story"), 200);
		assertThat(article).contains("figure").contains("srcset");
		assertValid("/articles/{slug} with images", article);
		String front = render(get("/"), 200);
		assertThat(front).contains("loading=\"lazy\"");
		assertValid("/ with images", front);
		assertValid("/admin/articles/new with library images", get("/admin/articles/new").with(editor()));
	}

	private long aLibraryImage() throws Exception {
		this.data.staffMember("admin", "ADMIN");
		return MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(800, 500), "Crowds on the bridge",
				"Thousands crossed at noon.", "Jane Doe/Reuters");
	}

	// Newsroom workflow pages (io.newsdesk.article.workflow).

	@Test
	void withdrawnArticlePageIsValidHtml() throws Exception {
		this.data.anArticle().withHeadline("Taken down").withSlug("taken-down").withdrawn().save();
		assertValid("/articles/taken-down (410)", render(get("/articles/taken-down"), 410));
	}

	@Test
	void reviewQueueDeletedListAndDeleteConfirmationAreValidHtml() throws Exception {
		long writer = this.data.staffMember("writer1", "WRITER");
		this.data.anArticle().withHeadline("Waiting").createdBy(writer).inReview().save();
		Article binned = this.data.anArticle().withHeadline("Binned").draft().save();
		Article live = this.data.anArticle().withHeadline("Live").publishedAgo(Duration.ofHours(1)).save();
		this.mvc.perform(post("/admin/articles/" + binned.getId() + "/delete").with(csrf()).with(editor()));

		assertValid("/admin/review", get("/admin/review").with(editor()));
		assertValid("/admin/articles/deleted", get("/admin/articles/deleted").with(editor()));
		assertValid("delete confirmation", get("/admin/articles/" + live.getId() + "/delete").with(editor()));
		assertValid("deleted article's form", get("/admin/articles/" + binned.getId() + "/edit").with(editor()));
		assertValid("refusal page", render(get("/admin/review").with(user("writer1").roles("WRITER")), 403));
	}

	@Test
	void editorsFormInReviewAndWritersFormWithANoteAreValidHtml() throws Exception {
		long writer = this.data.staffMember("writer1", "WRITER");
		Article article = this.data.anArticle().withHeadline("Waiting").createdBy(writer).inReview().save();
		assertValid("form in review (editor)", get("/admin/articles/" + article.getId() + "/edit").with(editor()));
		this.mvc.perform(post("/admin/articles/" + article.getId()).with(editor())
			.with(csrf())
			.param("headline", "Waiting")
			.param("body", "Body")
			.param("sectionId", String.valueOf(this.data.section("world").getId()))
			.param("version", String.valueOf(article.getVersion()))
			.param("reviewNote", "Check the figures.\nAnd the quote.")
			.param("action", "send-back"));
		assertValid("form with a note (writer)",
				get("/admin/articles/" + article.getId() + "/edit").with(user("writer1").roles("WRITER")));
		assertValid("writer's list", get("/admin/articles").with(user("writer1").roles("WRITER")));
	}

	@Test
	void authorPageIsValidHtml() throws Exception {
		long ann = this.data.author("ann", "Ann Smith", "ann-smith", "Ann covers diplomacy & trade <from> London.");
		this.data.anArticle().withHeadline("By Ann").byAuthors(ann).withByline("Reuters").save();
		assertValid("/authors/{slug}", get("/authors/ann-smith"));
		this.data.author("bo", "Bo Lee", "bo-lee", "");
		assertValid("/authors/{slug} (nothing published)", get("/authors/bo-lee"));
		long photo = aLibraryImage();
		this.jdbc.update("update author_profile set photo_media_id = ? where staff_user_id = ?", photo, ann);
		this.data.contentChanged();
		String withPhoto = render(get("/authors/ann-smith"), 200);
		assertThat(withPhoto).contains("class=\"author-photo\"").contains("srcset");
		assertValid("/authors/{slug} with a photo", withPhoto);
	}

	@Test
	void adminProfileFormsAndAuthorListAreValidHtml() throws Exception {
		long ann = this.data.author("ann", "Ann Smith", "ann-smith", "Bio.");
		assertValid("/admin/profile", get("/admin/profile").with(editor()));
		assertValid("/admin/authors", get("/admin/authors").with(editor()));
		assertValid("/admin/authors/{id}/edit", get("/admin/authors/" + ann + "/edit").with(editor()));
		long photo = aLibraryImage();
		this.jdbc.update("update author_profile set photo_media_id = ? where staff_user_id = ?", photo, ann);
		assertValid("/admin/authors/{id}/edit with a photo", get("/admin/authors/" + ann + "/edit").with(editor()));
		String html = render(post("/admin/profile").with(editor())
			.with(csrf())
			.param("displayName", "")
			.param("slug", "Bad Slug")
			.param("bio", "x".repeat(501))
			.param("photoMediaId", "999999"), 200);
		assertThat(html).contains("field-error");
		assertValid("/admin/profile with errors", html);
	}

	@Test
	void adminFrontPageAndArticleFormWithFrontPageButtonsAreValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		Article story = this.data.anArticle().withHeadline("Pinned story").save();
		this.mvc.perform(post("/admin/front-page/lead").param("articleId", String.valueOf(story.getId()))
			.param("until", "2099-01-01T10:00")
			.with(editor())
			.with(csrf()));
		this.mvc.perform(post("/admin/front-page/breaking").param("articleId", String.valueOf(story.getId()))
			.with(editor())
			.with(csrf()));
		assertValid("/admin/front-page", get("/admin/front-page").with(editor()));
		assertValid("/ with pin and breaking banner", get("/"));
		String refused = render(post("/admin/front-page/lead").param("articleId", "")
			.param("until", "soon")
			.with(editor())
			.with(csrf()), 200);
		assertThat(refused).contains("role=\"alert\"");
		assertValid("/admin/front-page refused", refused);
		assertValid("/admin/articles/{id}/edit", get("/admin/articles/" + story.getId() + "/edit").with(editor()));
	}

	private void aTaggedArticleWithRelatedArticles() {
		Article older = this.data.anArticle()
			.withHeadline("Hong Kong marks handover anniversary")
			.taggedWith("China", "Hong Kong")
			.publishedAgo(Duration.ofDays(2))
			.save();
		Article picked = this.data.anArticle()
			.withHeadline("Trade talks resume in Geneva")
			.inSection("business")
			.publishedAgo(Duration.ofDays(1))
			.save();
		long ann = this.data.author("ann", "Ann Smith", "ann-smith", "");
		long bo = this.data.author("bo", "Bo Lee", "bo-lee", "");
		this.data.anArticle()
			.withHeadline("Beijing says US 'too negative'")
			.byAuthors(ann, bo)
			.withSlug("beijing-says-us-too-negative")
			.withStandfirst("China's foreign ministry responds.")
			.withBody("First paragraph with a [link](https://example.com).\n\n> \"A quote,\" she said.\n\nLast.")
			.withByline("Associated Press")
			.taggedWith("China", "Diplomacy")
			.relatedTo(picked, older)
			.publishedAgo(Duration.ofHours(1))
			.save();
	}

	private static RequestPostProcessor editor() {
		return user("admin").roles("ADMIN");
	}

	private String render(RequestBuilder request, int expectedStatus) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("status").isEqualTo(expectedStatus);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private void assertValid(String page, RequestBuilder request) throws Exception {
		assertValid(page, render(request, 200));
	}

	private void assertValid(String page, String html) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(OutputFormat.GNU);
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		List<String> errors = report.lines().filter((line) -> line.contains(": error:")).toList();
		assertThat(errors).as("vnu errors on %s:%n%s%n--- page ---%n%s", page, report, html).isEmpty();
	}

	// Staff accounts, own password and audit log (io.newsdesk.staff, io.newsdesk.audit).

	@Test
	void staffPagesAreValidHtml() throws Exception {
		this.data.staffMember("conformance.writer", "WRITER");
		assertValid("/admin/staff", get("/admin/staff").with(editor()));
		assertValid("/admin/staff/new", get("/admin/staff/new").with(editor()));
		String withErrors = render(post("/admin/staff").with(editor())
			.with(csrf())
			.param("username", "a b")
			.param("displayName", "")
			.param("role", "OWNER"), 200);
		assertThat(withErrors).contains("field-error");
		assertValid("/admin/staff/new with errors", withErrors);
		var created = this.mvc
			.perform(post("/admin/staff").with(editor())
				.with(csrf())
				.param("username", "conformance.new")
				.param("displayName", "New Person")
				.param("role", "EDITOR"))
			.andReturn();
		String confirmation = render(
				get(created.getResponse().getRedirectedUrl()).with(editor()).flashAttrs(created.getFlashMap()), 200);
		assertThat(confirmation).contains("Temporary password");
		assertValid("/admin/staff/{id} with temporary password", confirmation);
	}

	@Test
	void passwordPageIsValidHtml() throws Exception {
		assertValid("/admin/password", get("/admin/password").with(editor()));
		String withErrors = render(post("/admin/password").with(editor())
			.with(csrf())
			.param("currentPassword", "wrong")
			.param("newPassword", "short")
			.param("confirmPassword", "other"), 200);
		assertThat(withErrors).contains("field-error");
		assertValid("/admin/password with errors", withErrors);
	}

	@Test
	void auditLogIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		this.mvc.perform(post("/admin/staff").with(editor())
			.with(csrf())
			.param("username", "conformance.audit")
			.param("displayName", "Audited <Person>")
			.param("role", "WRITER"));
		String html = render(get("/admin/audit").with(editor()), 200);
		assertThat(html).contains("staff.create");
		assertValid("/admin/audit", html);
		String withErrors = render(get("/admin/audit").with(editor()).param("from", "soon").param("subjectId", "x"),
				200);
		assertThat(withErrors).contains("field-error");
		assertValid("/admin/audit with errors", withErrors);
	}

	// Revisions and concurrent edits (issue 3): history, diff, restore confirmation, the
	// conflict page after a stale save, and the edit page's presence note.

	@Test
	void revisionPagesAreValidHtml() throws Exception {
		long world = this.data.section("world").getId();
		String location = this.mvc
			.perform(post("/admin/articles").with(editor())
				.with(csrf())
				.param("headline", "Rates <rise>")
				.param("body", "The bank raised rates.\n\nA second paragraph.")
				.param("sectionId", String.valueOf(world))
				.param("action", "draft"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.replaceAll("\\D+", "");
		this.mvc
			.perform(post("/admin/articles/" + id).with(editor())
				.with(csrf())
				.param("version", "0")
				.param("headline", "Rates <rise> again")
				.param("slug", "rates-rise")
				.param("body", "The bank cut rates & <b>more</b>.\n\nA second paragraph.")
				.param("tags", "Economy")
				.param("sectionId", String.valueOf(world))
				.param("action", "publish"))
			.andExpect(status().is3xxRedirection());
		assertValid("/admin/articles/{id}/history", get("/admin/articles/" + id + "/history").with(editor()));
		assertValid("/admin/articles/{id}/history/diff",
				get("/admin/articles/" + id + "/history/diff?from=1&to=2").with(editor()));
		assertValid("/admin/articles/{id}/history/diff (bad)",
				render(get("/admin/articles/" + id + "/history/diff?from=x").with(editor()), 400));
		assertValid("/admin/articles/{id}/history/{n}/restore",
				get("/admin/articles/" + id + "/history/1/restore").with(editor()));

		String conflict = render(post("/admin/articles/" + id).with(editor())
			.with(csrf())
			.param("version", "0")
			.param("headline", "My <own> headline")
			.param("body", "My body.")
			.param("sectionId", String.valueOf(world))
			.param("action", "publish"), 200);
		assertThat(conflict).contains("conflict-table");
		assertValid("article form after a stale save", conflict);

		this.data.staffMember("editor2", "EDITOR");
		this.mvc.perform(get("/admin/articles/" + id + "/edit").with(user("editor2").roles("EDITOR")))
			.andExpect(status().isOk());
		String withPresence = render(get("/admin/articles/" + id + "/edit").with(editor()), 200);
		assertThat(withPresence).contains("is also editing this article");
		assertValid("edit form with presence note", withPresence);
	}

	// Related Articles controls on the article form (io.newsdesk.related).

	@Test
	void editFormWithSuggestionsBlocksAndPickSearchResultsIsValidHtml() throws Exception {
		aTaggedArticleWithRelatedArticles();
		this.data.anArticle()
			.withHeadline("China climate pledge")
			.inSection("world")
			.taggedWith("China")
			.publishedAgo(Duration.ofHours(3))
			.save();
		Article blocked = this.data.anArticle()
			.withHeadline("China & <friends>")
			.taggedWith("China")
			.publishedAgo(Duration.ofHours(4))
			.save();
		long id = this.jdbc.queryForObject("select id from article where slug = 'beijing-says-us-too-negative'",
				Long.class);
		String edit = render(get("/admin/articles/" + id + "/edit").with(editor()), 200);
		assertThat(edit).contains("Suggested related articles").contains("shares tag: China");
		assertValid("/admin/articles/{id}/edit with suggestions", edit);

		String afterBlock = render(post("/admin/articles/" + id).with(editor())
			.with(csrf())
			.param("headline", "Beijing says US 'too negative'")
			.param("sectionId", String.valueOf(this.data.section("world").getId()))
			.param("pickQuery", "china")
			.param("rail", "block:" + blocked.getId()), 200);
		assertThat(afterBlock).contains("Blocked for this article").contains("Unblock");
		assertValid("article form after Block", afterBlock);

		String results = render(post("/admin/articles/" + id).with(editor())
			.with(csrf())
			.param("headline", "Beijing says US 'too negative'")
			.param("pickQuery", "china")
			.param("rail", "search"), 200);
		assertThat(results).contains("articles match");
		assertValid("article form with pick search results", results);
		String none = render(post("/admin/articles").with(editor())
			.with(csrf())
			.param("headline", "")
			.param("pickQuery", "xylophone")
			.param("rail", "search"), 200);
		assertThat(none).contains("No article on the site matches");
		assertValid("new article form with no pick search results", none);
	}

}
