package io.newsdesk.pagecache;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Validators and Accept-Encoding as clients really send them, garbage included. */
class ConditionalRequestsTests {

	private static final String ETAG = "\"abc123\"";

	private static final Instant RENDERED = Instant.parse("2025-06-20T09:00:00Z");

	@Test
	void ifNoneMatchMatchesAnyListedTagWeakOrStrongOrStar() {
		assertThat(notModified("If-None-Match", ETAG)).isTrue();
		assertThat(notModified("If-None-Match", "\"other\", " + ETAG)).isTrue();
		assertThat(notModified("If-None-Match", "W/" + ETAG)).isTrue();
		assertThat(notModified("If-None-Match", "*")).isTrue();
	}

	@Test
	void garbageOrOtherTagsAreNotAMatch() {
		assertThat(notModified("If-None-Match", "abc123")).isFalse();
		assertThat(notModified("If-None-Match", "\"abc1234\"")).isFalse();
		assertThat(notModified("If-None-Match", ",,, ;; \"")).isFalse();
		assertThat(notModified("If-None-Match", "")).isFalse();
	}

	@Test
	void ifNoneMatchWinsOverIfModifiedSince() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("If-None-Match", "\"other\"");
		request.addHeader("If-Modified-Since", "Fri, 20 Jun 2025 09:00:00 GMT");
		assertThat(ConditionalRequests.isNotModified(request, ETAG, RENDERED)).isFalse();
	}

	@Test
	void ifModifiedSinceComparesToTheSecondAndIgnoresGarbage() {
		assertThat(notModified("If-Modified-Since", "Fri, 20 Jun 2025 09:00:00 GMT")).isTrue();
		assertThat(notModified("If-Modified-Since", "Fri, 20 Jun 2025 10:00:00 GMT")).isTrue();
		assertThat(notModified("If-Modified-Since", "Fri, 20 Jun 2025 08:59:59 GMT")).isFalse();
		assertThat(notModified("If-Modified-Since", "last tuesday")).isFalse();
	}

	@Test
	void gzipIsUsedOnlyWhenTheClientAcceptsIt() {
		assertThat(acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(acceptsGzip("*")).isTrue();
		assertThat(acceptsGzip("gzip;q=0")).isFalse();
		assertThat(acceptsGzip("gzip;q=zero")).isFalse();
		assertThat(acceptsGzip("br, identity")).isFalse();
		assertThat(acceptsGzip(null)).isFalse();
	}

	private static boolean notModified(String header, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(header, value);
		return ConditionalRequests.isNotModified(request, ETAG, RENDERED);
	}

	private static boolean acceptsGzip(String acceptEncoding) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		return ConditionalRequests.acceptsGzip(request);
	}

}
