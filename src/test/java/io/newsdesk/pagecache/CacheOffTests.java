package io.newsdesk.pagecache;

import java.time.Duration;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An operator who switches the page cache off (NEWSDESK_CACHE_ENABLED=false) still gets
 * correct HTTP caching: a CDN or browser in front can keep and revalidate the pages.
 */
@NewsdeskTest
@TestPropertySource(properties = "newsdesk.cache.enabled=false")
class CacheOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PageCache cache;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.anArticle().withHeadline("Uncached story").publishedAgo(Duration.ofHours(1)).save();
	}

	@Test
	void pagesKeepTheirValidatorsAndSharedCacheHeaders() throws Exception {
		for (String url : new String[] { "/", "/articles/uncached-story" }) {
			MockHttpServletResponse first = fetch(get(url));
			MockHttpServletResponse second = fetch(get(url));

			assertThat(second.getHeader("X-Cache")).as(url).isEqualTo("OFF");
			assertThat(first.getHeader(HttpHeaders.ETAG)).as(url).matches("\"[0-9a-f]{32}\"");
			assertThat(second.getHeader(HttpHeaders.ETAG)).as("same page, same ETag")
				.isEqualTo(first.getHeader(HttpHeaders.ETAG));
			assertThat(second.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
			assertThat(second.getHeader(HttpHeaders.CACHE_CONTROL)).startsWith("public, max-age=60");
			assertThat(second.getHeader(HttpHeaders.VARY)).contains("Accept-Encoding");

			MockHttpServletResponse revalidated = fetch(
					get(url).header(HttpHeaders.IF_NONE_MATCH, first.getHeader(HttpHeaders.ETAG)));
			assertThat(revalidated.getStatus()).isEqualTo(304);
			assertThat(revalidated.getContentAsByteArray()).isEmpty();
			assertThat(fetch(get(url).header(HttpHeaders.IF_NONE_MATCH, "garbage")).getStatus()).isEqualTo(200);
		}
		assertThat(this.cache.size()).as("nothing kept in memory").isZero();
	}

	@Test
	void gzipClientsStillGetCompressedPages() throws Exception {
		MockHttpServletResponse zipped = fetch(get("/").header(HttpHeaders.ACCEPT_ENCODING, "gzip"));

		assertThat(zipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(zipped.getHeader(HttpHeaders.ETAG)).isNotEqualTo(fetch(get("/")).getHeader(HttpHeaders.ETAG));
	}

	private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
