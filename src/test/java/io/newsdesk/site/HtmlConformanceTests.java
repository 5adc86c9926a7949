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

	@Test
	void authorPageIsValidHtml() throws Exception {
		long ann = this.data.author("ann", "Ann Smith", "ann-smith", "Ann covers diplomacy & trade <from> London.");
		this.data.anArticle().withHeadline("By Ann").byAuthors(ann).withByline("Reuters").save();
		assertValid("/authors/{slug}", get("/authors/ann-smith"));
		this.data.author("bo", "Bo Lee", "bo-lee", "");
		assertValid("/authors/{slug} (nothing published)", get("/authors/bo-lee"));
	}

	@Test
	void adminProfileFormsAndAuthorListAreValidHtml() throws Exception {
		long ann = this.data.author("ann", "Ann Smith", "ann-smith", "Bio.");
		assertValid("/admin/profile", get("/admin/profile").with(editor()));
		assertValid("/admin/authors", get("/admin/authors").with(editor()));
		assertValid("/admin/authors/{id}/edit", get("/admin/authors/" + ann + "/edit").with(editor()));
		String html = render(post("/admin/profile").with(editor())
			.with(csrf())
			.param("displayName", "")
			.param("slug", "Bad Slug")
			.param("bio", "x".repeat(501)), 200);
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

}
