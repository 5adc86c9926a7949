package io.newsdesk.pagecache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import io.newsdesk.article.Article;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hits for readers without a session are served before Spring Security; they must look
 * exactly like the page the full path sends, and must never reach staff, who always hold
 * a session.
 */
@NewsdeskTest
class HitHeadersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter statements;

	@LocalServerPort
	int port;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Article story;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.staffMember("editor", "EDITOR");
		this.story = this.data.anArticle()
			.withHeadline("Header story")
			.taggedWith("Markets")
			.publishedAgo(Duration.ofHours(1))
			.save();
	}

	@Test
	void aHitCarriesTheSameHeadersAsTheMissThatStoredIt() throws Exception {
		for (String url : new String[] { "/", "/articles/header-story", "/tags/markets" }) {
			for (String encoding : new String[] { null, "gzip" }) {
				MockHttpServletResponse miss = fetch(withEncoding(get(url), encoding));
				this.statements.reset();
				MockHttpServletResponse hit = fetch(withEncoding(get(url), encoding));

				assertThat(miss.getHeader("X-Cache")).as(url).isIn("MISS", "HIT");
				assertThat(hit.getHeader("X-Cache")).as(url).isEqualTo("HIT");
				assertThat(this.statements.count()).isZero();
				assertThat(headers(hit)).as("%s (%s)", url, encoding).isEqualTo(headers(miss));
				assertThat(hit.getContentAsByteArray()).isEqualTo(miss.getContentAsByteArray());
				assertThat(headers(hit)).containsKeys("x-content-type-options", "x-frame-options", "cache-control",
						"etag", "last-modified", "content-type", "vary");
			}
		}
	}

	/**
	 * Over real HTTP, because Tomcat writes some headers (Content-Language) only when the
	 * response commits, where MockMvc has them at once.
	 */
	@Test
	void overHttpAHitCarriesTheSameHeadersAsTheMissAndRunsNoSql() throws Exception {
		for (String path : new String[] { "/", "/articles/header-story" }) {
			HttpResponse<byte[]> miss = fetchOverHttp(path);
			this.statements.reset();
			HttpResponse<byte[]> hit = fetchOverHttp(path);

			assertThat(hit.headers().firstValue("X-Cache")).as(path).hasValue("HIT");
			assertThat(this.statements.count()).as(path).isZero();
			assertThat(headers(hit)).as(path).isEqualTo(headers(miss));
			assertThat(headers(hit)).as(path).containsKeys("content-language", "content-length", "x-frame-options");
			assertThat(hit.body()).isEqualTo(miss.body());
		}
	}

	@Test
	void aLoggedInEditorIsNeverServedTheSharedPage() throws Exception {
		fetch(get("/articles/header-story"));
		assertThat(fetch(get("/articles/header-story")).getHeader("X-Cache")).isEqualTo("HIT");
		// Changed behind the cache's back: only a fresh render can show it.
		this.jdbc.update("update article set headline = 'Fixed in the database' where id = ?", this.story.getId());

		MockHttpSession session = logIn("editor");
		MockHttpServletResponse staff = fetch(get("/articles/header-story").session(session));

		assertThat(staff.getHeader("X-Cache")).isEqualTo("BYPASS");
		assertThat(staff.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
		assertThat(Jsoup.parse(staff.getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
			.isEqualTo("Fixed in the database");
		assertThat(Jsoup.parse(fetch(get("/articles/header-story")).getContentAsString(StandardCharsets.UTF_8))
			.select("h1")
			.text()).as("readers still get the cached page").isEqualTo("Header story");
	}

	private MockHttpSession logIn(String username) throws Exception {
		MvcResult login = this.mvc
			.perform(post("/login").param("username", username).param("password", "password").with(csrf()))
			.andReturn();
		assertThat(login.getResponse().getStatus()).isEqualTo(302);
		assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
		return (MockHttpSession) login.getRequest().getSession();
	}

	/**
	 * Header names (lower case) to their values, without the ones that differ by design.
	 */
	private static Map<String, String> headers(MockHttpServletResponse response) {
		Map<String, String> headers = new TreeMap<>();
		for (String name : response.getHeaderNames()) {
			if (!name.equalsIgnoreCase("X-Cache")) {
				headers.put(name.toLowerCase(), String.join(" | ", response.getHeaderValues(name).toString()));
			}
		}
		return headers;
	}

	private static MockHttpServletRequestBuilder withEncoding(MockHttpServletRequestBuilder request, String encoding) {
		return (encoding != null) ? request.header(HttpHeaders.ACCEPT_ENCODING, encoding) : request;
	}

	private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private HttpResponse<byte[]> fetchOverHttp(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** As above; Date may tick between the two. */
	private static Map<String, String> headers(HttpResponse<?> response) {
		Map<String, String> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (!name.equalsIgnoreCase("X-Cache") && !name.equalsIgnoreCase("date")) {
				headers.put(name.toLowerCase(), String.join(" | ", values));
			}
		});
		return headers;
	}

}
