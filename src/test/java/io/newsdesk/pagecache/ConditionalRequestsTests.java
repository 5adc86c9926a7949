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
		assertThat(encoding("gzip, deflate", true)).isEqualTo("gzip");
		assertThat(encoding("br;q=1.0, GZIP;q=0.5", false)).isEqualTo("gzip");
		assertThat(encoding("*", false)).isEqualTo("gzip");
		assertThat(encoding("gzip;q=0", false)).isNull();
		assertThat(encoding("gzip;q=zero", false)).isNull();
		assertThat(encoding("br, identity", false)).isNull();
		assertThat(encoding(null, true)).isNull();
	}

	@Test
	void brotliIsUsedWhenAvailableAndRatedAtLeastAsHighAsGzip() {
		assertThat(encoding("gzip, deflate, br", true)).isEqualTo("br");
		assertThat(encoding("br;q=0.5, gzip;q=0.8", true)).isEqualTo("gzip");
		assertThat(encoding("br;q=0.8, gzip;q=0.5", true)).isEqualTo("br");
		assertThat(encoding("br;q=0, *", true)).isEqualTo("gzip");
		assertThat(encoding("gzip;q=0, *;q=0.1", true)).isEqualTo("br");
		assertThat(encoding("br;q=2, gzip", true)).as("an impossible q counts as a refusal").isEqualTo("gzip");
		assertThat(encoding("br", false)).as("without the native library").isNull();
	}

	private static boolean notModified(String header, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(header, value);
		return ConditionalRequests.isNotModified(request, ETAG, RENDERED);
	}

	private static String encoding(String acceptEncoding, boolean brotliAvailable) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		return ConditionalRequests.preferredEncoding(request, brotliAvailable);
	}

}
