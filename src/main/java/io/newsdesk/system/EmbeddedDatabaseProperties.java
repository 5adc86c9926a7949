package io.newsdesk.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no external database is configured.
 *
 * @param dataDir where the cluster lives; kept across restarts
 * ({@code NEWSDESK_DATA_DIR})
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param ephemeral use a throw-away directory deleted on shutdown (tests)
 */
@ConfigurationProperties("newsdesk.database")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean ephemeral) {
}
