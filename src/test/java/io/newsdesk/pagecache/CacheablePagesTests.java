package io.newsdesk.pagecache;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests are public pages, and what they are cached under. */
class CacheablePagesTests {

	private final CacheablePages pages = new CacheablePages(
			new PageCacheProperties(true, null, List.of("/", "/articles/**", "/sections/**", "/tags/**")).paths());

	@Test
	void publicPagesAreCacheableAndNothingElseIs() {
		assertThat(List.of("/", "/articles/some-story", "/sections/world", "/tags/markets"))
			.allMatch((path) -> this.pages.isPublicPage(request(path)));
		assertThat(List.of("/admin", "/admin/articles", "/login", "/logout", "/error", "/actuator/health",
				"/css/site-abc.css", "/favicon.ico", "/articlesx"))
			.noneMatch((path) -> this.pages.isPublicPage(request(path)));
	}

	@Test
	void pageNumberIsNormalisedAndPageOneIsThePageItself() {
		assertThat(this.pages.keyFor(request("/tags/markets"))).isEqualTo("/tags/markets");
		assertThat(this.pages.keyFor(request("/tags/markets", "page", "1"))).isEqualTo("/tags/markets");
		assertThat(this.pages.keyFor(request("/tags/markets", "page", "02"))).isEqualTo("/tags/markets?page=2");
		assertThat(this.pages.keyFor(request("/tags/markets", "page", " 3 "))).isEqualTo("/tags/markets?page=3");
	}

	@Test
	void withoutAConfiguredBaseUrlEachHostHasItsOwnEntry() {
		CacheablePages byHost = new CacheablePages(List.of("/", "/articles/**"), true);
		MockHttpServletRequest real = request("/articles/a");
		real.setServerName("news.example.com");
		MockHttpServletRequest forged = request("/articles/a");
		forged.setServerName("evil.example");
		assertThat(byHost.keyFor(real)).isEqualTo("http://news.example.com:80/articles/a");
		assertThat(byHost.keyFor(forged)).isNotEqualTo(byHost.keyFor(real));
		assertThat(this.pages.keyFor(forged)).isEqualTo(this.pages.keyFor(real));
	}

	@Test
	void unknownRepeatedOrMalformedParametersAreNeverCached() {
		assertThat(this.pages.keyFor(request("/", "x", "random"))).isNull();
		assertThat(this.pages.keyFor(request("/", "page", "2", "utm_source", "feed"))).isNull();
		assertThat(this.pages.keyFor(request("/", "page", "abc"))).isNull();
		assertThat(this.pages.keyFor(request("/", "page", "0"))).isNull();
		assertThat(this.pages.keyFor(request("/", "page", "-1"))).isNull();
		assertThat(this.pages.keyFor(request("/", "page", "99999999999999"))).isNull();
		MockHttpServletRequest twice = request("/");
		twice.addParameter("page", "1", "2");
		assertThat(this.pages.keyFor(twice)).isNull();
	}

	@Test
	void sharedPreviewsAndAdminAreNeverCachedEvenWhenEveryPathIsListed() {
		CacheablePages everything = new CacheablePages(List.of("/**"));
		assertThat(everything.isPublicPage(request("/articles/a"))).isTrue();
		assertThat(List.of("/preview/abc", "/preview/", "/admin/articles/1/preview"))
			.noneMatch((path) -> everything.isPublicPage(request(path)));
		assertThat(this.pages.isPublicPage(request("/preview/abc"))).isFalse();
	}

	private static MockHttpServletRequest request(String path, String... parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		for (int i = 0; i < parameters.length; i += 2) {
			request.addParameter(parameters[i], parameters[i + 1]);
		}
		return request;
	}

}
