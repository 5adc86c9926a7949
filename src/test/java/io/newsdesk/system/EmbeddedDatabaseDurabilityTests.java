package io.newsdesk.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database that `./mvnw spring-boot:run` keeps in ./data/postgres holds real
 * stories, so it must not run with the test-speed settings the library starts with.
 */
class EmbeddedDatabaseDurabilityTests {

	@Test
	void keptDataDirectoryIsWrittenDurably(@TempDir Path dataDir) throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, 0, false);
		try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(properties);
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "fsync")).isEqualTo("on");
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
		}
	}

	private static String setting(Statement statement, String name) throws Exception {
		try (ResultSet row = statement.executeQuery("show " + name)) {
			row.next();
			return row.getString(1);
		}
	}

}
