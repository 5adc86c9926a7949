package io.newsdesk.pagecache;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.decoder.Decoder;
import io.newsdesk.article.Article;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What readers and operators notice of the page cache: repeat visits cost no SQL, every
 * kind of editorial change shows on the very next request, scheduled stories appear on
 * time, staff always see fresh pages, cache-busting query strings get nowhere, and HTTP
 * validators work. Changes go through the admin form, as an editor makes them.
 */
@NewsdeskTest
class PageCacheTests {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	PageCache cache;

	@BeforeEach
	void reset() {
		this.data.reset();
		// The admin session filter logs out sessions whose account does not exist.
		this.data.staffMember("editor", "EDITOR");
	}

	@Test
	void repeatVisitIsServedFromMemoryWithoutAnySql() throws Exception {
		this.data.anArticle()
			.withHeadline("Cached story")
			.taggedWith("Markets")
			.publishedAgo(Duration.ofHours(1))
			.save();
		for (String url : new String[] { "/", "/articles/cached-story", "/sections/world", "/tags/markets" }) {
			MockHttpServletResponse first = fetch(get(url));
			assertThat(first.getStatus()).as(url).isEqualTo(200);
			assertThat(first.getHeader("X-Cache")).as(url).isEqualTo("MISS");

			this.statements.reset();
			MockHttpServletResponse second = fetch(get(url));

			assertThat(second.getHeader("X-Cache")).as(url).isEqualTo("HIT");
			assertThat(this.statements.count()).as("SQL statements for a cached %s", url).isZero();
			assertThat(second.getContentAsString(StandardCharsets.UTF_8))
				.isEqualTo(first.getContentAsString(StandardCharsets.UTF_8))
				.contains("Cached story");
			assertThat(second.getContentType()).isEqualTo(first.getContentType());
		}
	}

	@Test
	void publishingAStoryShowsItOnTheNextRequestForEveryCachedPage() throws Exception {
		this.data.anArticle()
			.withHeadline("Older story")
			.taggedWith("Markets")
			.publishedAgo(Duration.ofHours(2))
			.save();
		warm("/", "/tags/markets", "/sections/world", "/articles/older-story");

		String editUrl = submit(form("/admin/articles", "Fresh scoop").param("tags", "Markets"), "publish");

		assertThat(Html.page(this.mvc, "/").select("article.lead h2").text()).isEqualTo("Fresh scoop");
		assertThat(Html.linksTo(Html.page(this.mvc, "/tags/markets"), "Fresh scoop")).isTrue();
		assertThat(Html.linksTo(Html.page(this.mvc, "/sections/world"), "Fresh scoop")).isTrue();
		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/older-story"))).contains("Fresh scoop");
		assertThat(editUrl).startsWith("/admin/articles/");
	}

	@Test
	void editingAHeadlineShowsOnTheNextRequest() throws Exception {
		Article story = this.data.anArticle().withHeadline("First wording").publishedAgo(Duration.ofHours(1)).save();
		warm("/", "/articles/first-wording");

		submit(form("/admin/articles/" + story.getId(), "Second wording").param("slug", "first-wording")
			.param("version", String.valueOf(this.data.reload(story).getVersion())), "publish");

		assertThat(Html.page(this.mvc, "/").select("article.lead h2").text()).isEqualTo("Second wording");
		assertThat(Html.page(this.mvc, "/articles/first-wording").select("h1").text()).isEqualTo("Second wording");
	}

	@Test
	void unpublishingTakesTheStoryOffEveryPageOnTheNextRequest() throws Exception {
		this.data.anArticle().withHeadline("Stays up").publishedAgo(Duration.ofHours(2)).save();
		Article story = this.data.anArticle().withHeadline("Comes down").publishedAgo(Duration.ofHours(1)).save();
		warm("/", "/articles/comes-down");

		submit(form("/admin/articles/" + story.getId(), "Comes down").param("slug", "comes-down")
			.param("version", String.valueOf(this.data.reload(story).getVersion())), "draft");

		assertThat(Html.page(this.mvc, "/").select("article.lead h2").text()).isEqualTo("Stays up");
		assertThat(Html.status(this.mvc, "/articles/comes-down")).isEqualTo(404);
	}

	@Test
	void scheduledStoryAppearsOnTimeWithTheCacheWarm() throws Exception {
		this.data.anArticle().withHeadline("Already out").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle().withHeadline("Embargoed report").scheduledIn(Duration.ofMinutes(30)).save();
		warm("/");

		this.data.clock().advance(Duration.ofMinutes(29));
		MockHttpServletResponse before = fetch(get("/"));
		assertThat(before.getHeader("X-Cache")).as("still before the embargo").isEqualTo("HIT");
		assertThat(before.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Embargoed report");

		// A second past it: the database keeps microseconds, the clock nanoseconds.
		this.data.clock().advance(Duration.ofSeconds(61));
		assertThat(Html.page(this.mvc, "/").select("article.lead h2").text()).isEqualTo("Embargoed report");
		assertThat(fetch(get("/")).getHeader("X-Cache")).as("cached again after the embargo").isEqualTo("HIT");
	}

	@Test
	void loggedInStaffBypassTheCacheAndTheirPagesAreNeverShared() throws Exception {
		this.data.anArticle().withHeadline("Some story").publishedAgo(Duration.ofHours(1)).save();

		MockHttpServletResponse staff = fetch(get("/").with(EDITOR));
		assertThat(staff.getHeader("X-Cache")).isEqualTo("BYPASS");
		assertThat(staff.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
		assertThat(fetch(get("/")).getHeader("X-Cache")).as("a staff render is not stored").isEqualTo("MISS");

		this.statements.reset();
		assertThat(fetch(get("/").with(EDITOR)).getHeader("X-Cache")).isEqualTo("BYPASS");
		assertThat(this.statements.count()).as("staff pages are rendered from the database").isPositive();
	}

	@Test
	void cacheBustingQueryStringsAreServedButNeitherStoredNorEvictHotPages() throws Exception {
		this.data.anArticle().withHeadline("Hot story").publishedAgo(Duration.ofHours(1)).save();
		warm("/", "/articles/hot-story");
		long stored = this.cache.size();

		for (int i = 0; i < 200; i++) {
			MockHttpServletResponse busted = fetch(get("/").param("x", "random" + i));
			assertThat(busted.getStatus()).isEqualTo(200);
			assertThat(busted.getHeader("X-Cache")).isEqualTo("BYPASS");
		}
		assertThat(fetch(get("/articles/hot-story").param("utm_source", "x").param("page", "1")).getHeader("X-Cache"))
			.isEqualTo("BYPASS");

		assertThat(this.cache.size()).isEqualTo(stored);
		assertThat(fetch(get("/")).getHeader("X-Cache")).isEqualTo("HIT");
		assertThat(fetch(get("/articles/hot-story")).getHeader("X-Cache")).isEqualTo("HIT");
		assertThat(fetch(get("/").param("page", "01")).getHeader("X-Cache")).as("page=01 is the front page itself")
			.isEqualTo("HIT");
	}

	@Test
	void conditionalRequestsGetA304WithNoBody() throws Exception {
		this.data.anArticle().withHeadline("Validated story").publishedAgo(Duration.ofHours(1)).save();
		MockHttpServletResponse page = fetch(get("/articles/validated-story"));
		String etag = page.getHeader(HttpHeaders.ETAG);
		String lastModified = page.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(lastModified).isNotBlank();

		MockHttpServletResponse byEtag = fetch(
				get("/articles/validated-story").header(HttpHeaders.IF_NONE_MATCH, "\"other\", " + etag));
		assertThat(byEtag.getStatus()).isEqualTo(304);
		assertThat(byEtag.getContentAsByteArray()).isEmpty();
		assertThat(byEtag.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

		MockHttpServletResponse byDate = fetch(
				get("/articles/validated-story").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified));
		assertThat(byDate.getStatus()).isEqualTo(304);
		assertThat(byDate.getContentAsByteArray()).isEmpty();
	}

	@Test
	void garbageOrStaleValidatorsGetTheFullPage() throws Exception {
		this.data.anArticle().withHeadline("Validated story").publishedAgo(Duration.ofHours(1)).save();
		String etag = fetch(get("/")).getHeader(HttpHeaders.ETAG);

		for (String garbage : new String[] { "garbage", "\"\"", "W/", ",,,", "\"" + "f".repeat(5000) + "\"" }) {
			MockHttpServletResponse response = fetch(get("/").header(HttpHeaders.IF_NONE_MATCH, garbage));
			assertThat(response.getStatus()).as(garbage).isEqualTo(200);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Validated story");
		}
		assertThat(fetch(get("/").header(HttpHeaders.IF_MODIFIED_SINCE, "yesterday-ish")).getStatus()).isEqualTo(200);
		assertThat(fetch(get("/").header(HttpHeaders.IF_MODIFIED_SINCE, "Thu, 01 Jan 1970 00:00:00 GMT")).getStatus())
			.isEqualTo(200);

		submit(form("/admin/articles", "Newer story"), "publish");
		MockHttpServletResponse changed = fetch(get("/").header(HttpHeaders.IF_NONE_MATCH, etag));
		assertThat(changed.getStatus()).as("the page changed, so the old ETag no longer matches").isEqualTo(200);
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
	}

	@Test
	void publicPagesMayBeKeptByBrowsersAndSharedCaches() throws Exception {
		this.data.anArticle().withHeadline("Shared story").publishedAgo(Duration.ofHours(1)).save();

		for (String url : new String[] { "/", "/articles/shared-story" }) {
			for (MockHttpServletResponse response : new MockHttpServletResponse[] { fetch(get(url)), fetch(get(url)),
					fetch(head(url)) }) {
				assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL))
					.isEqualTo("public, max-age=60, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400");
				assertThat(response.getHeader(HttpHeaders.VARY)).contains("Accept-Encoding");
				assertThat(response.getHeader("X-Content-Type-Options")).as("Security's headers stay")
					.isEqualTo("nosniff");
				assertThat(response.getHeaders(HttpHeaders.PRAGMA)).isEmpty();
			}
		}
		MockHttpServletResponse head = fetch(head("/"));
		assertThat(head.getHeader("X-Cache")).isEqualTo("HIT");
		assertThat(head.getContentAsByteArray()).isEmpty();
	}

	@Test
	void adminAndLoginPagesAreNeverStored() throws Exception {
		assertThat(fetch(get("/login")).getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
		assertThat(fetch(get("/admin").with(EDITOR)).getHeader(HttpHeaders.CACHE_CONTROL))
			.isEqualTo("private, no-store");
		assertThat(fetch(get("/admin/articles/new").with(EDITOR)).getHeader(HttpHeaders.CACHE_CONTROL))
			.isEqualTo("private, no-store");
		MockHttpServletResponse anonymousAdmin = fetch(get("/admin"));
		assertThat(anonymousAdmin.getStatus()).isEqualTo(302);
		assertThat(anonymousAdmin.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
		assertThat(anonymousAdmin.getHeader("X-Cache")).isNull();
	}

	@Test
	void gzipClientsGetThePrecompressedPageWithItsOwnStrongEtag() throws Exception {
		this.data.anArticle().withHeadline("Zipped story").publishedAgo(Duration.ofHours(1)).save();
		MockHttpServletResponse plain = fetch(get("/"));
		MockHttpServletResponse zipped = fetch(get("/").header(HttpHeaders.ACCEPT_ENCODING, "br;q=0.5, gzip;q=0.8"));

		assertThat(zipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.getContentAsByteArray());
		}
		assertThat(zipped.getHeader(HttpHeaders.ETAG)).doesNotStartWith("W/")
			.isNotEqualTo(plain.getHeader(HttpHeaders.ETAG));
		assertThat(
				fetch(get("/").header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0")).getHeader(HttpHeaders.CONTENT_ENCODING))
			.isNull();
	}

	@Test
	void brotliClientsGetThePrecompressedBrotliPageWhereTheNativeLibraryLoads() throws Exception {
		assumeTrue(Brotli.isAvailable(), "no brotli4j native library for this platform");
		this.data.anArticle().withHeadline("Squeezed story").publishedAgo(Duration.ofHours(1)).save();
		MockHttpServletResponse plain = fetch(get("/"));
		MockHttpServletResponse gzipped = fetch(get("/").header(HttpHeaders.ACCEPT_ENCODING, "gzip"));
		MockHttpServletResponse squeezed = fetch(get("/").header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br"));

		assertThat(squeezed.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("br");
		assertThat(squeezed.getHeader("X-Cache")).isEqualTo("HIT");
		assertThat(squeezed.getHeader(HttpHeaders.VARY)).contains("Accept-Encoding");
		assertThat(Decoder.decompress(squeezed.getContentAsByteArray()).getDecompressedData())
			.isEqualTo(plain.getContentAsByteArray());
		assertThat(squeezed.getContentAsByteArray()).hasSizeLessThan(gzipped.getContentAsByteArray().length);
		assertThat(squeezed.getHeader(HttpHeaders.ETAG)).isNotIn(plain.getHeader(HttpHeaders.ETAG),
				gzipped.getHeader(HttpHeaders.ETAG));
		assertThat(fetch(get("/").header(HttpHeaders.ACCEPT_ENCODING, "br")
			.header(HttpHeaders.IF_NONE_MATCH, squeezed.getHeader(HttpHeaders.ETAG))).getStatus()).isEqualTo(304);
	}

	private void warm(String... urls) throws Exception {
		for (String url : urls) {
			fetch(get(url));
			assertThat(fetch(get(url)).getHeader("X-Cache")).as("%s is cached", url).isEqualTo("HIT");
		}
	}

	private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder form(String url, String headline) {
		return post(url).param("headline", headline)
			.param("standfirst", "A standfirst.")
			.param("body", "Body text.")
			.param("sectionId", String.valueOf(this.data.section("world").getId()))
			.param("byline", "A Reporter");
	}

	/** Submits the admin article form as an editor; returns where it redirected. */
	private String submit(MockHttpServletRequestBuilder form, String button) throws Exception {
		MockHttpServletResponse response = fetch(form.param("action", button).with(EDITOR).with(csrf()));
		assertThat(response.getStatus()).as("form accepted: %s", response.getContentAsString()).isEqualTo(302);
		return response.getRedirectedUrl();
	}

}
