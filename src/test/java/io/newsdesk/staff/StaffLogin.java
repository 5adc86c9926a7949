package io.newsdesk.staff;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Staff accounts for tests that go through the real login form: an account with a known
 * password, and the session a successful login opens.
 */
final class StaffLogin {

	static final String PASSWORD = "correct horse staple";

	private StaffLogin() {
	}

	/** Creates (or resets) an active account with {@link #PASSWORD} and this role. */
	static long account(JdbcTemplate jdbc, PasswordEncoder encoder, String username, String role) {
		jdbc.update(
				"insert into staff_user (username, display_name, password_hash, role) values (?, ?, ?, ?) "
						+ "on conflict (lower(username)) do update set password_hash = excluded.password_hash, "
						+ "role = excluded.role, enabled = true, must_change_password = false",
				username, "Staff " + username, encoder.encode(PASSWORD), role);
		return jdbc.queryForObject("select id from staff_user where lower(username) = lower(?)", Long.class, username);
	}

	/** Logs in through the login form; fails the test unless the login succeeds. */
	static MockHttpSession logIn(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("login of %s", username).isEqualTo("/admin");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
