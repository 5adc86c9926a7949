package io.newsdesk.system;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import io.newsdesk.support.StandaloneApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With spring.datasource.url set, the application uses that PostgreSQL: it starts no
 * embedded server, Flyway migrates the database it was given, and the site is served from
 * it. The first test plays the external server with a separately started embedded
 * PostgreSQL; the second runs against a real server when CI provides one through
 * NEWSDESK_TEST_EXTERNAL_DB_URL (+ _USERNAME, default postgres, and _PASSWORD), in a
 * database of its own that it drops afterwards, so reruns start clean.
 */
class ExternalDatabaseTests {

	private static final String SEED_HEADLINE = "Beijing says US 'too negative' toward China";

	private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

	@Test
	void startsAgainstAnExternalPostgresUrlWithoutStartingItsOwn() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			assertSiteRunsOn(external.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
	}

	@Test
	void startsAgainstTheExternalPostgresGivenByTheEnvironment() throws Exception {
		String url = System.getenv("NEWSDESK_TEST_EXTERNAL_DB_URL");
		assumeTrue(url != null && !url.isBlank(), "NEWSDESK_TEST_EXTERNAL_DB_URL is not set");
		String username = envOr("NEWSDESK_TEST_EXTERNAL_DB_USERNAME", "postgres");
		String password = envOr("NEWSDESK_TEST_EXTERNAL_DB_PASSWORD", "");
		String database = "newsdesk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(url, username, password, "create database " + database);
		try {
			assertSiteRunsOn(withDatabase(url, database), username, password);
		}
		finally {
			execute(url, username, password, "drop database if exists " + database + " with (force)");
		}
	}

	private void assertSiteRunsOn(String url, String username, String password) throws Exception {
		try (ConfigurableApplicationContext app = StandaloneApp.start("--spring.profiles.active=test",
				"--server.port=0", "--newsdesk.demo.enabled=true", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + username, "--spring.datasource.password=" + password)) {
			assertThat(app.getBeansOfType(EmbeddedPostgres.class)).as("embedded PostgreSQL beans").isEmpty();
			assertThat(app.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(url);
			assertThat(appliedMigrations(url, username, password)).isEqualTo(migrationFiles());

			HttpResponse<String> response = StandaloneApp.get(app, "/");
			assertThat(response.statusCode()).isEqualTo(200);
			Document page = Jsoup.parse(response.body());
			assertThat(page.select(".masthead-name").text()).isEqualTo("London Daily");
			assertThat(page.select("article.lead h2").text()).isEqualTo(SEED_HEADLINE);
		}
	}

	private static long appliedMigrations(String url, String username, String password) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select count(*) from flyway_schema_history where success and version is not null")) {
			result.next();
			return result.getLong(1);
		}
	}

	private static long migrationFiles() throws Exception {
		return new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
	}

	private static void execute(String url, String username, String password, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String withDatabase(String url, String database) {
		Matcher matcher = JDBC_URL.matcher(url);
		assertThat(matcher.matches()).as("a jdbc:postgresql://host[:port]/db URL, got %s", url).isTrue();
		return matcher.group(1) + database + ((matcher.group(3) != null) ? matcher.group(3) : "");
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
