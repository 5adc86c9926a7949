package io.newsdesk.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Runs a real PostgreSQL 17 inside the application when no external database is
 * configured, so a fresh machine with only a JDK gets the same database as production. It
 * is an ordinary bean: Spring closes the pool first, then stops the server cleanly. With
 * {@code SPRING_DATASOURCE_URL} set this configuration backs off and Boot's own
 * DataSource is used instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = properties.ephemeral() ? Files.createTempDirectory("newsdesk-pg")
				: properties.dataDir().toAbsolutePath().normalize();
		Files.createDirectories(dataDir);
		log.info("Starting embedded PostgreSQL with data in {}", dataDir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(properties.ephemeral())
			// The server's own chatter is noise at INFO; errors still surface.
			.setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
			.setErrorRedirector(ProcessBuilder.Redirect.DISCARD);
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		if (!properties.ephemeral()) {
			// The library starts PostgreSQL tuned for throw-away test databases (fsync
			// and
			// synchronous commit off), where a power cut may lose or corrupt committed
			// stories. A data directory that is kept must survive that.
			builder.setServerConfig("fsync", "on");
			builder.setServerConfig("synchronous_commit", "on");
		}
		return builder.start();
	}

	/**
	 * Bound to spring.datasource.hikari.* like Boot's own pool, so the sizing in
	 * application.properties holds whichever database is used. Unstarted until first use,
	 * so the binding can still set it.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setPoolName("newsdesk-embedded");
		return dataSource;
	}

}
