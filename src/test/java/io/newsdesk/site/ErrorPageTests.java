package io.newsdesk.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages over real HTTP, as a browser or a crawler gets them: the servlet
 * container's error dispatch renders them, which MockMvc would skip. Whatever the client
 * accepts, the answer is a site page with the masthead and a way home, never JSON, a
 * Whitelabel page or a stack trace.
 */
@NewsdeskTest
class ErrorPageTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.anArticle().withHeadline("Secret draft").taggedWith("Secret tag").draft().save();
		this.data.anArticle()
			.withHeadline("Embargoed story")
			.taggedWith("Embargo tag")
			.scheduledIn(Duration.ofHours(1))
			.save();
		for (int i = 1; i <= 3; i++) {
			this.data.anArticle()
				.withHeadline("Visible story " + i)
				.inSection("world")
				.taggedWith("Visible tag")
				.publishedAgo(Duration.ofHours(i))
				.save();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/articles/no-such-story", "/articles/secret-draft", "/articles/embargoed-story",
			"/sections/no-such-desk", "/tags/no-such-tag", "/tags/secret-tag", "/tags/embargo-tag",
			"/sections/world?page=2", "/tags/visible-tag?page=9", "/?page=5", "/no/such/page" })
	void missingPagesAnswer404WithASitePageForBrowsersAndCrawlers(String path) throws Exception {
		for (String accept : new String[] { "text/html", "*/*" }) {
			HttpResponse<String> response = get(path, accept);

			assertThat(response.statusCode()).as("%s with Accept %s", path, accept).isEqualTo(404);
			Document page = assertSitePage(response);
			assertThat(page.select("main h1").text()).isEqualTo("Page not found");
			assertThat(page.select("main a[href=/]").text()).isEqualTo("Go to the front page");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/?page=abc", "/sections/world?page=abc", "/tags/visible-tag?page=abc" })
	void malformedPageNumberAnswers400WithASitePageNotJson(String path) throws Exception {
		for (String accept : new String[] { "text/html", "*/*", "application/json" }) {
			HttpResponse<String> response = get(path, accept);

			assertThat(response.statusCode()).as("%s with Accept %s", path, accept).isEqualTo(400);
			Document page = assertSitePage(response);
			assertThat(page.select("main h1").text()).isEqualTo("Bad request");
			assertThat(page.select("main a[href=/]").text()).isEqualTo("Go to the front page");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/visible-story-1", "/sections/world", "/tags/visible-tag" })
	void existingPagesAnswer200OverHttp(String path) throws Exception {
		HttpResponse<String> response = get(path, "*/*");

		assertThat(response.statusCode()).isEqualTo(200);
		assertSitePage(response);
	}

	private Document assertSitePage(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		String body = response.body();
		assertThat(body).doesNotContain("Whitelabel", "Exception", "at io.newsdesk", "\"status\"");
		Document page = Jsoup.parse(body);
		assertThat(page.select(".masthead-name").text()).isEqualTo("London Daily");
		return page;
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
