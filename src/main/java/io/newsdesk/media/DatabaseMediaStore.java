package io.newsdesk.media;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Renditions as {@code bytea} rows in {@code media_file}: the default, so the database
 * holds the whole site and a backup is one {@code pg_dump}. Plain JDBC rather than JPA: a
 * byte array in an entity would be loaded, dirty-checked and kept in the persistence
 * context for nothing. Writes join the upload's transaction, so a failed upload leaves no
 * bytes behind.
 */
class DatabaseMediaStore implements MediaStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DatabaseMediaStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void put(String name, String contentType, byte[] bytes) {
		this.jdbc.update(
				"insert into media_file (file_name, content_type, bytes, created_at) values (?, ?, ?, ?) "
						+ "on conflict (file_name) do nothing",
				name, contentType, bytes, Timestamp.from(this.clock.instant()));
	}

	@Override
	public Optional<StoredFile> get(String name) {
		return this.jdbc
			.query("select content_type, bytes from media_file where file_name = ?",
					(rs, row) -> new StoredFile(rs.getString(1), rs.getBytes(2)), name)
			.stream()
			.findFirst();
	}

}
