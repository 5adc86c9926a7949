package io.newsdesk.staff;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who changes their password because it leaked expects whoever used the old one
 * to be locked out, not to stay logged in on another machine. Two real browsers (cookie
 * jars) over real HTTP, as sessions only exist there.
 */
@NewsdeskTest
class PasswordChangeEndsOtherSessionsTests {

	private static final String NEW_PASSWORD = "a much longer passphrase 42";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.staffMember("twoplaces", "EDITOR");
	}

	@Test
	void changingThePasswordLogsOutTheAccountsOtherSessionsButNotThisOne() throws Exception {
		Browser office = new Browser();
		Browser laptop = new Browser();
		office.logIn("twoplaces", "password");
		laptop.logIn("twoplaces", "password");
		assertThat(office.get("/admin/articles").statusCode()).isEqualTo(200);
		assertThat(laptop.get("/admin/articles").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = office.post("/admin/password", "/admin/password",
				Map.of("currentPassword", "password", "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
		assertThat(changed.statusCode()).isEqualTo(302);

		assertThat(office.get("/admin/articles").statusCode()).as("the session that changed it").isEqualTo(200);
		HttpResponse<String> stale = laptop.get("/admin/articles");
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(stale.headers().firstValue("Location").orElse("")).endsWith("/login?password-changed");
		assertThat(laptop.get("/admin/articles").headers().firstValue("Location").orElse("")).as("logged out for good")
			.contains("/login");
		assertThat(Jsoup.parse(laptop.get("/login?password-changed").body()).select("[role=alert]").text())
			.contains("password of this account was changed");

		laptop.logIn("twoplaces", NEW_PASSWORD);
		assertThat(laptop.get("/admin/articles").statusCode()).as("a new login with the new password").isEqualTo(200);
		assertThat(laptop.get("/admin/articles").statusCode()).isEqualTo(200);
	}

	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		void logIn(String username, String password) throws Exception {
			HttpResponse<String> response = post("/login", "/login",
					Map.of("username", username, "password", password));
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).contains("/admin"));
		}

		/** Posts a form with the CSRF token of the page it is on. */
		HttpResponse<String> post(String formPage, String action, Map<String, String> fields) throws Exception {
			String token = Jsoup.parse(get(formPage).body()).select("input[name=_csrf]").val();
			String body = fields.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&")) + "&_csrf=" + encode(token);
			return this.client.send(HttpRequest.newBuilder(uri(action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + PasswordChangeEndsOtherSessionsTests.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
