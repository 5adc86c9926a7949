package io.newsdesk.staff;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may open the staff and audit pages: admins only. Writers and editors get 403 and
 * change nothing; anonymous visitors are sent to the login page.
 */
@NewsdeskTest
class StaffAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	long targetId;

	@BeforeEach
	void accounts() {
		this.data.reset();
		this.data.staffMember("matrix.writer", "WRITER");
		this.data.staffMember("matrix.editor", "EDITOR");
		this.targetId = StaffLogin.account(this.jdbc, this.encoder, "matrix.target", "WRITER");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "admin, ADMIN, 200", "matrix.editor, EDITOR, 403", "matrix.writer, WRITER, 403" })
	void staffAndAuditPagesAreForAdminsOnly(String username, String role, int expected) throws Exception {
		for (String url : new String[] { "/admin/staff", "/admin/staff/new", "/admin/staff/" + this.targetId,
				"/admin/audit", "/admin/audit?action=staff.create" }) {
			int status = this.mvc.perform(get(url).with(user(username).roles(role)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as("%s as %s", url, role).isEqualTo(expected);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/staff", "/admin/staff/new", "/admin/staff/1", "/admin/audit", "/admin/password" })
	void anonymousVisitorsAreSentToTheLoginPage(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).matches("(https?://[^/]+)?/login");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "matrix.editor, EDITOR", "matrix.writer, WRITER" })
	void writersAndEditorsCannotChangeAccounts(String username, String role) throws Exception {
		String base = "/admin/staff/" + this.targetId;
		String[][] posts = { { "/admin/staff", "username", "sneaky" }, { base + "/role", "role", "ADMIN" },
				{ base + "/disable", "x", "y" }, { base + "/reset-password", "x", "y" } };
		for (String[] request : posts) {
			int status = this.mvc
				.perform(post(request[0]).with(user(username).roles(role))
					.with(csrf())
					.param(request[1], request[2])
					.param("displayName", "Sneaky")
					.param("role", "ADMIN"))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(request[0]).isEqualTo(403);
		}
		assertThat(this.jdbc.queryForMap("select role, enabled, must_change_password from staff_user where id = ?",
				this.targetId))
			.containsEntry("role", "WRITER")
			.containsEntry("enabled", true)
			.containsEntry("must_change_password", false);
		assertThat(this.jdbc.queryForObject("select count(*) from staff_user where username = 'sneaky'", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isZero();
	}

}
