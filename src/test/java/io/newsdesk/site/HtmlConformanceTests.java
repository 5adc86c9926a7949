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

	// Media library (io.newsdesk.media)

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminMediaLibraryAndSearchAreValidHtml() throws Exception {
		aLibraryImage();
		assertValid("/admin/media", get("/admin/media").with(editor()));
		assertValid("/admin/media?q=none", get("/admin/media").param("q", "no such picture").with(editor()));
	}

	@Test
	void adminMediaUploadFormIsValidHtmlEmptyAndWithErrors() throws Exception {
		this.data.staffMember("admin", "ADMIN");
		assertValid("/admin/media/new", get("/admin/media/new").with(editor()));
		String html = render(
				MediaUploads.upload("notes.jpg", "image/jpeg", "not an image".getBytes(), "").param("caption", "Kept"),
				200);
		assertThat(html).contains("field-error");
		assertValid("upload form with errors", html);
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
