package io.newsdesk.article.admin;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.newsdesk.article.admin.ArticleFormPost.articleForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever an editor (or a stolen editor account) types, readers' browsers run nothing:
 * the body is sanitised when saved, every other field is escaped. Checked on the pages
 * readers see and on the admin pages editors see.
 */
@NewsdeskTest
class ArticleXssTests {

	static final String HEADLINE = "<script>alert('headline')</script> Hostile headline";

	static final String STANDFIRST = "<img src=x onerror=alert('standfirst')> standfirst";

	static final String BYLINE = "<script>alert('byline')</script>";

	static final String TAG = "<script>tag</script>";

	static final String BODY = """
			Intro paragraph.

			<script>alert(1)</script>

			<img src=x onerror=alert(1)>

			[click me](javascript:alert(1))

			[also me](JaVaScRiPt:alert(2)) and <a href="javascript:alert(3)" onclick="alert(4)">raw</a>

			<div onmouseover="alert(5)">hover</div> <iframe src="https://evil.example"></iframe>

			[fine link](https://example.com/story)
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@BeforeEach
	void publishHostileArticle() throws Exception {
		this.data.reset();
		this.mvc
			.perform(articleForm(this.data.section("world").getId()).with("headline", HEADLINE)
				.with("standfirst", STANDFIRST)
				.with("byline", BYLINE)
				.with("tags", TAG)
				.with("body", BODY)
				.publish())
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void articlePageRunsNothingAndShowsTheHeadlineAsText() throws Exception {
		Document page = page("/articles/script-alert-headline-script-hostile-headline", false);

		assertInert(page);
		assertThat(page.select("h1").text()).isEqualTo(HEADLINE);
		assertThat(page.select(".story-standfirst").text()).isEqualTo(STANDFIRST);
		assertThat(page.select(".byline").text()).isEqualTo("By " + BYLINE);
		assertThat(page.select("a[rel=tag]").text()).isEqualTo(TAG);
		assertThat(page.select(".story-body").text()).contains("Intro paragraph.", "click me", "fine link");
		assertThat(page.select(".story-body a:contains(fine link)").attr("href"))
			.isEqualTo("https://example.com/story");
	}

	@Test
	void frontPageRunsNothingAndShowsTheHeadlineAsText() throws Exception {
		Document page = page("/", false);

		assertInert(page);
		assertThat(page.select("a[href=/articles/script-alert-headline-script-hostile-headline]").text())
			.isEqualTo(HEADLINE);
		assertThat(page.text()).contains(STANDFIRST);
	}

	@Test
	void adminPagesShowTheHostileTextAsText() throws Exception {
		Document list = page("/admin/articles", true);
		assertInert(list);
		assertThat(list.select("tbody td").first().text()).isEqualTo(HEADLINE);

		String editUrl = list.select("tbody a:contains(Edit)").attr("href");
		Document form = page(editUrl, true);
		assertInert(form);
		assertThat(form.getElementById("headline").val()).isEqualTo(HEADLINE);
		assertThat(form.getElementById("body").wholeText()).isEqualTo(BODY);
	}

	/**
	 * No executable script element, no on* attribute, no javascript: link anywhere on the
	 * page. JSON-LD blocks are data, not code; each must still parse as one JSON value,
	 * so a hostile field cannot have closed it early (PageMetadataTests checks their
	 * content).
	 */
	private static void assertInert(Document page) {
		// The site's own script files (static/js) are fine: no inline code, so nothing
		// typed
		// can reach one.
		for (Element own : page.select("script[src^=/js/]")) {
			assertThat(own.data()).as("no inline code in %s", own.attr("src")).isEmpty();
		}
		assertThat(page.select("script:not([type=application/ld+json]):not([src^=/js/])"))
			.as("executable script elements")
			.isEmpty();
		for (Element jsonLd : page.select("script[type=application/ld+json]")) {
			assertThat(jsonLd.data()).as("JSON-LD stays one object").startsWith("{").endsWith("}");
			assertThat(jsonLd.data()).as("JSON-LD has no raw markup").doesNotContain("<");
		}
		assertThat(page.select("iframe, object, embed")).as("embedded frames").isEmpty();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey().toLowerCase()).as("attribute on <%s>", element.tagName())
					.doesNotStartWith("on");
				assertThat(attribute.getValue().strip().toLowerCase())
					.as("%s on <%s>", attribute.getKey(), element.tagName())
					.doesNotStartWith("javascript:");
			}
		}
	}

	private Document page(String url, boolean asAdmin) throws Exception {
		var request = get(url);
		if (asAdmin) {
			request = request.with(user("admin").roles("ADMIN"));
		}
		return HtmlPage.of(this.mvc.perform(request).andExpect(status().isOk()).andReturn()).document();
	}

}
