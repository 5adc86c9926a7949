package io.newsdesk.site;

import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** Where absolute URLs come from: the configured base URL, else the request. */
class PublicUrlsTests {

	@AfterEach
	void clearRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void configuredBaseUrlWinsAndLosesItsTrailingSlash() {
		request("http", "internal-host", 8080);
		PublicUrls urls = new PublicUrls(site("https://news.example.com/"));

		assertThat(urls.absolute("/articles/x")).isEqualTo("https://news.example.com/articles/x");
	}

	@Test
	void withoutConfigurationTheRequestsOwnAddressIsUsed() {
		request("http", "localhost", 8080);
		PublicUrls urls = new PublicUrls(site(""));

		assertThat(urls.absolute("/feed.xml")).isEqualTo("http://localhost:8080/feed.xml");
	}

	@Test
	void forwardedHeadersAreIgnoredUnlessTheOperatorTurnsThemOn() {
		MockHttpServletRequest request = request("http", "localhost", 8080);
		request.addHeader("X-Forwarded-Host", "evil.example");
		request.addHeader("Forwarded", "host=evil.example;proto=https");
		PublicUrls urls = new PublicUrls(site(""));

		assertThat(urls.baseUrl()).isEqualTo("http://localhost:8080");
	}

	private static SiteProperties site(String baseUrl) {
		return new SiteProperties("London Daily", "Focus on the big picture.", ZoneId.of("Europe/London"), 10, 20,
				baseUrl);
	}

	private static MockHttpServletRequest request(String scheme, String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return request;
	}

}
