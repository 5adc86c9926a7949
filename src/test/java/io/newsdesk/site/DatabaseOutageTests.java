package io.newsdesk.site;

import java.net.http.HttpResponse;
import java.sql.SQLException;

import io.newsdesk.support.StandaloneApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database gone (a restart, a failover), readers and crawlers get a temporary
 * "try again" page, never a 500 that a search engine would take as a broken site.
 */
class DatabaseOutageTests {

	@Test
	void aConnectionThatDiesMidRequestCountsAsAnOutageButOtherDatabaseErrorsDoNot() {
		// What Hibernate throws when the server goes away under a transaction and even
		// the rollback fails: "An I/O error occurred while sending to the backend".
		SQLException brokenPipe = new SQLException("An I/O error occurred while sending to the backend", "08006");
		assertThat(DatabaseUnavailableAdvice
			.isOutage(new JpaSystemException(new RuntimeException("Unable to rollback", brokenPipe)))).isTrue();
		// The same, once the pool has marked that connection broken.
		assertThat(DatabaseUnavailableAdvice
			.isOutage(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed")))))
			.isTrue();
		assertThat(DatabaseUnavailableAdvice.isOutage(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
	}

	@Test
	void pagesAnswer503WithRetryAfterWhileTheDatabaseIsDown() throws Exception {
		try (ConfigurableApplicationContext app = StandaloneApp.start("--spring.profiles.active=test",
				"--server.port=0", "--spring.datasource.url=", "--newsdesk.database.ephemeral=true",
				"--newsdesk.cache.enabled=false", "--spring.datasource.hikari.connection-timeout=1000")) {
			assertThat(StandaloneApp.get(app, "/").statusCode()).isEqualTo(200);

			app.getBean(EmbeddedPostgres.class).close();

			for (String path : new String[] { "/", "/articles/beijing-says-us-too-negative-toward-china",
					"/search?q=china" }) {
				HttpResponse<String> response = StandaloneApp.get(app, path);
				assertThat(response.statusCode()).as(path).isEqualTo(503);
				assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("10");
				Document page = Jsoup.parse(response.body());
				assertThat(page.select("main h1").text()).as(path).isEqualTo("Briefly unavailable");
			}
		}
	}

}
