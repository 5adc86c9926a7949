package io.newsdesk.search;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, point 5: whatever is typed or sent, the search answers a normal site page with
 * a clear message, never a 500. Percent-encoding is decoded by the servlet container, not
 * by MockMvc, so those cases go over real HTTP.
 */
@NewsdeskTest
class SearchBadQueryTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.anArticle()
			.withHeadline("Drop in table tennis funding")
			.withBody("The club said the cuts were \"a blow\" to the sport.")
			.publishedAgo(Duration.ofHours(1))
			.save();
	}

	@Test
	void emptyQueryShowsTheFormAndAHint() throws Exception {
		for (String url : new String[] { "/search", "/search?q=", "/search?q=   " }) {
			Document page = Html.page(this.mvc, url);

			assertThat(page.select("main h1").text()).isEqualTo("Search");
			assertThat(page.select("main form[role=search] label[for=search-q]").text()).isEqualTo("Search for");
			assertThat(page.select("main .empty").text()).startsWith("Type a word or two");
			assertThat(page.select(".search-result")).isEmpty();
		}
	}

	@Test
	void onlyStopWordsSaysSoClearly() throws Exception {
		Document page = Html.page(this.mvc, "/search?q=the and of");

		assertThat(page.select("main .empty").text()).startsWith("No results: “the and of” has only very common words");
		assertThat(page.select("#search-q").val()).isEqualTo("the and of");
	}

	@Test
	void nothingFoundSaysNoResults() throws Exception {
		Document page = Html.page(this.mvc, "/search?q=xylophone");

		assertThat(page.select("main .empty").text()).startsWith("No results for “xylophone”");
	}

	@Test
	void tenThousandCharacterQueryIsShortenedAndSaysSo() throws Exception {
		String huge = "table ".repeat(2000).substring(0, 10_000);

		Document page = Html.page(this.mvc, "/search?q=" + huge);

		assertThat(page.select(".alert").text()).isEqualTo("Your search was shortened to its first 200 characters.");
		assertThat(page.select("#search-q").val()).hasSizeLessThanOrEqualTo(200);
		assertThat(Html.cardHeadlines(page)).containsExactly("Drop in table tennis funding");
	}

	@ParameterizedTest
	@ValueSource(strings = { "'; drop table article; --", ".*[(", "\\", "\\\\'", "\"table", "table\"\"\"", "((table",
			"-", "!!!", "or or or", "table & | ! <-> :*", "%", "_", "tennis'", "日本語 テスト", "😀 table" })
	void metacharactersAndUnbalancedQuotesAnswerANormalPage(String q) throws Exception {
		MvcResult result = this.mvc.perform(MockMvcRequestBuilders.get("/search").param("q", q)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("main h1").text()).isEqualTo("Search");
		assertThat(page.select("#search-q").val()).isEqualTo(q.strip());
		assertThat(this.jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(1);
	}

	@Test
	void unbalancedQuoteStillFindsTheWord() throws Exception {
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/search?q=\"table tennis"))).hasSize(1);
	}

	@Test
	void nulBytesAreStrippedOverHttp() throws Exception {
		HttpResponse<String> response = get("/search?q=table%00tennis");

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#search-q").val()).isEqualTo("table tennis");
		assertThat(page.select(".search-result h2").text()).isEqualTo("Drop in table tennis funding");
	}

	@Test
	void invalidUtf8AnswersANormalPageOverHttp() throws Exception {
		HttpResponse<String> response = get("/search?q=%C3%28");

		System.out
			.println("UTFSTATUS " + response.statusCode() + " " + Jsoup.parse(response.body()).select("main").text());
		assertSitePage(response.statusCode(), response.body());
	}

	@Test
	void invalidPercentEncodingAnswersASitePageOverHttp() throws Exception {
		// java.net.URI refuses a malformed escape, so these are written to a socket as is
		// (HTTP/1.0, so the body comes unchunked).
		for (String target : new String[] { "/search?q=%E0%A4%A", "/search?q=%zz", "/search?q=table%",
				"/search?q=%" }) {
			String[] response = rawGet(target);

			System.out.println(
					"RAWSTATUS " + target + " " + response[0] + " " + Jsoup.parse(response[1]).select("main").text());
			assertSitePage(Integer.parseInt(response[0]), response[1]);
		}
	}

	@Test
	void lookalikeParametersDoNotBreakThePage() throws Exception {
		assertThat(Html.status(this.mvc, "/search?q=table&q=tennis")).isEqualTo(200);
		assertThat(Html.status(this.mvc, "/search?q=table&section=no-such-desk")).isEqualTo(200);
		assertThat(Html.status(this.mvc, "/search?q=table&from=2025-02-30")).isEqualTo(200);
		assertThat(Html.status(this.mvc, "/search?q=table&from=2026-01-01&to=2025-01-01")).isEqualTo(200);
		assertThat(Html.status(this.mvc, "/search?q=table&page=abc")).isEqualTo(400);
		assertThat(Html.status(this.mvc, "/search?q=table&page=99999999999")).isEqualTo(400);
	}

	/**
	 * Tomcat refuses to decode such a query string, so the answer is 400 — the site's own
	 * page, saying what went wrong with the search, with the masthead's search box to try
	 * again. Never a 500.
	 */
	private static void assertSitePage(int status, String body) {
		Document page = Jsoup.parse(body);
		assertThat(status).as(body).isEqualTo(400);
		assertThat(page.select("header .masthead-name").text()).isEqualTo("London Daily");
		assertThat(page.select("header form[role=search] input[name=q]")).hasSize(1);
		assertThat(page.select("main h1").text()).isEqualTo("Bad request");
		assertThat(page.select("main p").first().text()).startsWith("We could not read that search");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Status and body of a GET sent byte for byte, bypassing client-side URI checks. */
	private String[] rawGet(String target) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Accept-Encoding: identity\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			String response = bytes.toString(StandardCharsets.UTF_8);
			String status = response.substring(9, 12);
			return new String[] { status, response.substring(response.indexOf("\r\n\r\n") + 4) };
		}
	}

}
