package io.newsdesk.staff;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A brand-new site with no admin password configured, run on a real port: the first admin
 * gets a generated password that is logged once, and a new user can log in with it
 * through a real browser-like HTTP exchange, which also shows the session cookie's flags
 * (MockMvc cannot: its session is not a cookie).
 *
 * Its own Spring context and database, because the password property differs from
 * {@code @NewsdeskTest}'s and the start-up log has to be captured.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "newsdesk.admin.password=")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminAccountTests {

	private static final Pattern LOGGED_PASSWORD = Pattern.compile("Password: (\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	StaffUserRepository staff;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	FirstAdminAccount firstAdminAccount;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void generatesAStrongPasswordLogsItOnceAndStoresOnlyItsDelegatingHash(CapturedOutput output) {
		String password = loggedPassword(output);

		assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9_-]+");
		assertThat(occurrences(output.getAll(), password)).as("logged exactly once").isEqualTo(1);
		assertThat(output.getAll()).contains("Created the first admin account (shown only this once)")
			.contains("Username: admin");

		List<StaffUser> accounts = this.staff.findAll();
		assertThat(accounts).hasSize(1);
		StaffUser admin = accounts.get(0);
		assertThat(admin.getUsername()).isEqualTo("admin");
		assertThat(admin.getRole()).isEqualTo(StaffRole.ADMIN);
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(password);
		assertThat(this.passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
	}

	@Test
	void theLoggedPasswordLogsInAndTheSessionCookieIsHttpOnlyAndSameSiteLax(CapturedOutput output) throws Exception {
		String password = loggedPassword(output);

		HttpResponse<String> loginPage = send(HttpRequest.newBuilder(url("/login")).GET(), null);
		String csrf = Jsoup.parse(loginPage.body()).select("input[name=_csrf]").val();
		String anonymousSession = sessionCookie(loginPage);

		HttpResponse<String> login = send(
				HttpRequest.newBuilder(url("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString("username=admin&password=" + encode(password) + "&_csrf=" + encode(csrf))),
				anonymousSession);

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		List<String> setCookies = login.headers().allValues("Set-Cookie");
		assertThat(setCookies).as("a new session id after login (no session fixation)")
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID="));
		for (String cookie : setCookies) {
			if (cookie.startsWith("JSESSIONID=")) {
				assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
			}
		}
		String session = sessionCookie(login);
		assertThat(session).isNotEqualTo(anonymousSession);

		HttpResponse<String> admin = send(HttpRequest.newBuilder(url("/admin/articles")).GET(), session);
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(admin.body()).select("h1").text()).isEqualTo("Articles");
	}

	@Test
	void theWrongPasswordDoesNotLogIn() throws Exception {
		HttpResponse<String> loginPage = send(HttpRequest.newBuilder(url("/login")).GET(), null);
		String csrf = Jsoup.parse(loginPage.body()).select("input[name=_csrf]").val();

		HttpResponse<String> login = send(
				HttpRequest.newBuilder(url("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=guess&_csrf=" + encode(csrf))),
				sessionCookie(loginPage));

		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
	}

	@Test
	void noSecondAdminIsCreatedOnRestartAndThePasswordIsNotLoggedAgain(CapturedOutput output) {
		String password = loggedPassword(output);

		// What the next start-up runs; a different configured username changes nothing
		// either, because any staff account at all means the site is already set up.
		this.firstAdminAccount.run(null);
		new FirstAdminAccount(this.staff, this.passwordEncoder, new AdminAccountProperties("someone-else", ""),
				this.clock)
			.run(null);

		assertThat(this.staff.findAll()).extracting(StaffUser::getUsername).containsExactly("admin");
		assertThat(occurrences(output.getAll(), password)).isEqualTo(1);
		assertThat(occurrences(output.getAll(), "Created the first admin account")).isEqualTo(1);
	}

	@Test
	void aConfiguredPasswordIsUsedAndNeverLogged(CapturedOutput output) {
		String configured = "configured-Secret-4242";
		this.transaction.executeWithoutResult((status) -> {
			// An empty site with NEWSDESK_ADMIN_PASSWORD set; rolled back afterwards.
			this.staff.deleteAll();
			new FirstAdminAccount(this.staff, this.passwordEncoder,
					new AdminAccountProperties("editor-in-chief", configured), this.clock)
				.run(null);

			StaffUser created = this.staff.findByUsernameIgnoringCase("editor-in-chief").orElseThrow();
			assertThat(created.getPasswordHash()).startsWith("{bcrypt}");
			assertThat(this.passwordEncoder.matches(configured, created.getPasswordHash())).isTrue();
			status.setRollbackOnly();
		});

		assertThat(output.getAll()).doesNotContain(configured)
			.contains("Created the first admin account 'editor-in-chief' with the configured password");
		assertThat(this.staff.findAll()).extracting(StaffUser::getUsername).containsExactly("admin");
	}

	private static String loggedPassword(CapturedOutput output) {
		Matcher matcher = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(matcher.find()).as("a generated password in the start-up log").isTrue();
		return matcher.group(1);
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String sessionCookie) throws Exception {
		if (sessionCookie != null) {
			request.header("Cookie", sessionCookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** "JSESSIONID=…" from the response's Set-Cookie, ready to send back. */
	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
