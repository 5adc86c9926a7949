package io.newsdesk.site;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.newsdesk.article.Article;
import jakarta.servlet.RequestDispatcher;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import nu.validator.client.EmbeddedValidator;
import nu.validator.client.EmbeddedValidator.OutputFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
		this.data.anArticle()
			.withHeadline("Beijing says US 'too negative'")
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

}
