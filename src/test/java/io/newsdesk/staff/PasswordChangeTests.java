package io.newsdesk.staff;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static io.newsdesk.staff.StaffLogin.PASSWORD;
import static io.newsdesk.staff.StaffLogin.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everyone changes their own password at /admin/password: the current one is required,
 * weak ones are refused with a reason, and nothing typed into a password field is sent
 * back in the page.
 */
@NewsdeskTest
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	MockHttpSession session;

	@BeforeEach
	void logIn() throws Exception {
		this.data.reset();
		StaffLogin.account(this.jdbc, this.encoder, "pat.writer", "WRITER");
		this.session = StaffLogin.logIn(this.mvc, "pat.writer", PASSWORD);
	}

	@Test
	void aStrongNewPasswordReplacesTheOldOne() throws Exception {
		this.mvc
			.perform(post("/admin/password").session(this.session)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "seven lanterns over Putney")
				.param("confirmPassword", "seven lanterns over Putney"))
			.andExpect(redirectedUrl("/admin/password"));

		this.mvc.perform(formLogin("/login").user("pat.writer").password(PASSWORD)).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("pat.writer").password("seven lanterns over Putney"))
			.andExpect(authenticated());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					too short                 | correct horse staple | Short1!      | Short1!      | newPassword     | Use at least 12 characters (this one has 7)
					the username              | correct horse staple | pat.writer-2026 | pat.writer-2026 | newPassword | Do not use your username
					a common password         | correct horse staple | Password2026! | Password2026! | newPassword   | commonly used passwords
					a common long password    | correct horse staple | qwertyuiop12 | qwertyuiop12 | newPassword     | commonly used passwords
					one repeated character    | correct horse staple | aaaaaaaaaaaaaaaa | aaaaaaaaaaaaaaaa | newPassword | at least 5 different characters
					too long for bcrypt       | correct horse staple | ééééééééééééééééééééééééééééééééééééééééééé | ééééééééééééééééééééééééééééééééééééééééééé | newPassword | Use at most 72 characters
					a mistyped confirmation   | correct horse staple | seven lanterns over Putney | seven lanterns over Putny | confirmPassword | do not match
					the wrong current password | not my password     | seven lanterns over Putney | seven lanterns over Putney | currentPassword | not your current password
					no current password       | ''                   | seven lanterns over Putney | seven lanterns over Putney | currentPassword | Enter your current password
					no new password           | correct horse staple | ''           | ''           | newPassword     | Enter a new password
					the same password again   | correct horse staple | correct horse staple | correct horse staple | newPassword | different from your current one
					""")
	void aRefusedPasswordIsExplainedNextToItsFieldAndChangesNothing(String what, String current, String newPassword,
			String confirmation, String field, String message) throws Exception {
		String hashBefore = hash();

		Document page = page(this.mvc
			.perform(post("/admin/password").session(this.session)
				.with(csrf())
				.param("currentPassword", current)
				.param("newPassword", newPassword)
				.param("confirmPassword", confirmation))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.select("[role=alert]").text()).contains("was not changed");
		assertThat(page.getElementById(field).closest(".field").select(".field-error").text()).contains(message);
		assertThat(page.select("input[type=password]")).allSatisfy((input) -> assertThat(input.val()).isEmpty());
		assertThat(page.html()).doesNotContain("seven lanterns").doesNotContain("Password2026");
		assertThat(hash()).isEqualTo(hashBefore);
	}

	@Test
	void thePasswordPageHasLabelledFieldsForPasswordManagers() throws Exception {
		Document page = page(
				this.mvc.perform(get("/admin/password").session(this.session)).andExpect(status().isOk()).andReturn());

		assertThat(page.select("label").eachText()).containsExactly("Current password", "New password",
				"New password again");
		assertThat(page.getElementById("currentPassword").attr("autocomplete")).isEqualTo("current-password");
		assertThat(page.getElementById("newPassword").attr("autocomplete")).isEqualTo("new-password");
		assertThat(page.select("header a").eachText()).contains("Change password").doesNotContain("Staff", "Audit log");
	}

	@Test
	void changingThePasswordNeedsACsrfToken() throws Exception {
		this.mvc
			.perform(post("/admin/password").session(this.session)
				.param("currentPassword", PASSWORD)
				.param("newPassword", "seven lanterns over Putney")
				.param("confirmPassword", "seven lanterns over Putney"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aVeryLongPasswordAtTheLoginFormIsJustAWrongPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("pat.writer").password("x".repeat(5000)))
			.andExpect(redirectedUrl("/login?error"));
	}

	private String hash() {
		return this.jdbc.queryForObject("select password_hash from staff_user where username = 'pat.writer'",
				String.class);
	}

}
