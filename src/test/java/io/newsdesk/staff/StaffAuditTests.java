package io.newsdesk.staff;

import java.util.List;
import java.util.Map;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.newsdesk.staff.StaffLogin.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every login, refused login, logout and account change leaves exactly one audit entry
 * saying who, what, about which account and from which address; a refused login keeps the
 * username typed and never the password.
 */
@NewsdeskTest
class StaffAuditTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	long id;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.id = StaffLogin.account(this.jdbc, this.encoder, "audited.writer", "WRITER");
	}

	@Test
	void aLoginIsRecordedWithTheClientAddressAndShownAsLastLogin() throws Exception {
		StaffLogin.logIn(this.mvc, "Audited.Writer", PASSWORD);

		assertThat(entries()).singleElement().satisfies((entry) -> {
			assertThat(entry).containsEntry("action", "login.success")
				.containsEntry("actor_username", "audited.writer")
				.containsEntry("subject_type", "staff")
				.containsEntry("subject_id", this.id)
				.containsEntry("subject_label", "audited.writer")
				.containsEntry("client_ip", "127.0.0.1");
		});
		assertThat(this.jdbc.queryForObject("select last_login_at from staff_user where id = ?", Object.class, this.id))
			.isNotNull();
	}

	@Test
	void aWrongPasswordIsRecordedWithTheUsernameTypedButNotThePassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("audited.writer").password("hunter2-guess"));

		assertThat(entries()).singleElement().satisfies((entry) -> {
			assertThat(entry).containsEntry("action", "login.failure")
				.containsEntry("actor_username", "audited.writer")
				.containsEntry("subject_id", this.id)
				.containsEntry("detail", "Wrong password.")
				.containsEntry("client_ip", "127.0.0.1");
			assertThat(entry.values().toString()).doesNotContain("hunter2");
		});
	}

	@Test
	void anUnknownUsernameAndADisabledAccountAreRecordedAsSuch() throws Exception {
		this.mvc.perform(formLogin("/login").user("nobody.here").password("whatever-it-is"));
		this.jdbc.update("update staff_user set enabled = false where id = ?", this.id);
		this.mvc.perform(formLogin("/login").user("audited.writer").password(PASSWORD));

		List<Map<String, Object>> entries = entries();
		assertThat(entries).extracting((entry) -> entry.get("actor_username"))
			.containsExactly("nobody.here", "audited.writer");
		assertThat(entries).extracting((entry) -> entry.get("detail"))
			.containsExactly("No account with this username.", "Right password, but the account is disabled.");
		assertThat(entries.get(0)).containsEntry("subject_id", null);
		assertThat(entries.toString()).doesNotContain(PASSWORD).doesNotContain("whatever-it-is");
	}

	@Test
	void aLogoutIsRecorded() throws Exception {
		MockHttpSession session = StaffLogin.logIn(this.mvc, "audited.writer", PASSWORD);
		this.mvc.perform(post("/logout").session(session).with(csrf()));

		assertThat(entries()).extracting((entry) -> entry.get("action")).containsExactly("login.success", "logout");
	}

	@Test
	void everyAccountChangeIsRecordedWithWhoDidItAndWhat() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/admin/staff").with(ADMIN)
				.with(csrf())
				.param("username", "fresh.editor")
				.param("displayName", "Fresh Editor")
				.param("role", "EDITOR"))
			.andReturn();
		String temporary = (String) created.getFlashMap().get("issuedPassword");
		this.mvc.perform(post("/admin/staff/" + this.id + "/role").with(ADMIN).with(csrf()).param("role", "EDITOR"));
		this.mvc.perform(post("/admin/staff/" + this.id + "/disable").with(ADMIN).with(csrf()));
		this.mvc.perform(post("/admin/staff/" + this.id + "/enable").with(ADMIN).with(csrf()));
		this.mvc.perform(post("/admin/staff/" + this.id + "/reset-password").with(ADMIN).with(csrf()));
		this.data.staffMember("self.changer", "WRITER");
		this.mvc.perform(post("/admin/password").with(user("self.changer").roles("WRITER"))
			.with(csrf())
			.param("currentPassword", "password")
			.param("newPassword", "a much better passphrase")
			.param("confirmPassword", "a much better passphrase"));

		List<Map<String, Object>> entries = entries();
		assertThat(entries).extracting((entry) -> entry.get("action"))
			.containsExactly("staff.create", "staff.role-change", "staff.disable", "staff.enable",
					"password.reset-by-admin", "password.change");
		assertThat(entries).extracting((entry) -> entry.get("actor_username"))
			.containsExactly("admin", "admin", "admin", "admin", "admin", "self.changer");
		assertThat(entries).extracting((entry) -> entry.get("subject_label"))
			.containsExactly("fresh.editor", "audited.writer", "audited.writer", "audited.writer", "audited.writer",
					"self.changer");
		assertThat(entries.get(0).get("detail")).asString().contains("Role: Editor");
		assertThat(entries.get(1)).containsEntry("detail", "Writer → Editor");
		assertThat(entries.toString()).doesNotContain(temporary).doesNotContain("a much better passphrase");
	}

	private List<Map<String, Object>> entries() {
		return this.jdbc.queryForList("select actor_username, action, subject_type, subject_id, subject_label, detail, "
				+ "client_ip from audit_entry order by id");
	}

}
