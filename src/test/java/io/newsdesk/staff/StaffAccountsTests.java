package io.newsdesk.staff;

import java.util.List;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.newsdesk.staff.StaffLogin.PASSWORD;
import static io.newsdesk.staff.StaffLogin.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an admin does with staff accounts and what the people behind them notice: the
 * temporary password shown once and replaced at first login, disabled accounts shut out
 * at once, role changes applied at the next click, and the site never left without an
 * active admin. Logins go through the real login form.
 */
@NewsdeskTest
@ExtendWith(OutputCaptureExtension.class)
class StaffAccountsTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@BeforeEach
	void reset() {
		this.data.reset();
		// Only the test profile's admin is an active admin, whatever other tests left.
		this.jdbc.update("update staff_user set enabled = false where role = 'ADMIN' and username <> 'admin'");
		this.jdbc.update("update staff_user set enabled = true, role = 'ADMIN' where username = 'admin'");
	}

	@Test
	void aNewAccountGetsATemporaryPasswordShownOnceAndMustChangeItAtFirstLogin(CapturedOutput output) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/admin/staff").with(ADMIN)
				.with(csrf())
				.param("username", "new.writer")
				.param("displayName", "Nora Writer")
				.param("role", "WRITER"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String accountUrl = created.getResponse().getRedirectedUrl();
		assertThat(accountUrl).matches("/admin/staff/\\d+");

		Document confirmation = page(this.mvc.perform(get(accountUrl).with(ADMIN).flashAttrs(created.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(confirmation.select(".flash[role=status]").text()).contains("Account created for new.writer");
		String temporary = confirmation.select(".temporary-password code").text();
		assertThat(temporary).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
		assertThat(confirmation.select("dl").text()).contains("Writer").contains("temporary password");

		Document again = page(this.mvc.perform(get(accountUrl).with(ADMIN)).andExpect(status().isOk()).andReturn());
		assertThat(again.text()).as("shown only once").doesNotContain(temporary);
		assertThat(output.getAll()).as("never logged").doesNotContain(temporary);
		assertThat(this.jdbc.queryForObject("select password_hash from staff_user where username = 'new.writer'",
				String.class))
			.startsWith("{bcrypt}")
			.doesNotContain(temporary);

		// First login: every admin page leads to the change-password page until it is
		// done.
		MockHttpSession session = StaffLogin.logIn(this.mvc, "new.writer", temporary);
		for (String url : List.of("/admin", "/admin/articles", "/admin/articles/new")) {
			this.mvc.perform(get(url).session(session)).andExpect(redirectedUrl("/admin/password"));
		}
		this.mvc.perform(post("/admin/articles").session(session).with(csrf()).param("headline", "Sneaked in"))
			.andExpect(redirectedUrl("/admin/password"));
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isZero();
		Document passwordPage = page(
				this.mvc.perform(get("/admin/password").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(passwordPage.select("[role=alert]").text()).contains("temporary password");

		this.mvc
			.perform(post("/admin/password").session(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", "Thames barge at dawn")
				.param("confirmPassword", "Thames barge at dawn"))
			.andExpect(redirectedUrl("/admin/password"));
		this.mvc.perform(get("/admin/articles").session(session)).andExpect(status().isOk());

		this.mvc.perform(formLogin("/login").user("new.writer").password(temporary)).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("new.writer").password("Thames barge at dawn"))
			.andExpect(authenticated().withRoles("WRITER"));
	}

	@Test
	void theFirstAdminIsNotForcedToChangeTheConfiguredPassword() throws Exception {
		MockHttpSession session = StaffLogin.logIn(this.mvc, "admin", AdminLoginTests.PASSWORD);
		this.mvc.perform(get("/admin/articles").session(session)).andExpect(status().isOk());
	}

	@Test
	void theCreateFormExplainsEachMistakeKeepsWhatWasTypedAndCreatesNothing() throws Exception {
		long before = staffCount();
		Document form = page(this.mvc
			.perform(post("/admin/staff").with(ADMIN)
				.with(csrf())
				.param("username", "jane smith")
				.param("displayName", "  ")
				.param("role", "OWNER"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(form.select("[role=alert]").text()).contains("not created");
		assertThat(errorFor(form, "username")).contains("letters a–z, digits");
		assertThat(errorFor(form, "displayName")).contains("Enter the name");
		assertThat(errorFor(form, "role")).contains("Choose a role");
		assertThat(form.getElementById("username").val()).isEqualTo("jane smith");
		assertThat(staffCount()).isEqualTo(before);
	}

	@Test
	void aUsernameTakenInAnyCaseIsRefused() throws Exception {
		StaffLogin.account(this.jdbc, this.encoder, "taken.name", "WRITER");
		long before = staffCount();

		Document form = page(this.mvc
			.perform(post("/admin/staff").with(ADMIN)
				.with(csrf())
				.param("username", "Taken.Name")
				.param("displayName", "Someone Else")
				.param("role", "EDITOR"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(errorFor(form, "username")).contains("already uses this username");
		assertThat(form.getElementById("displayName").val()).isEqualTo("Someone Else");
		assertThat(staffCount()).isEqualTo(before);
	}

	@Test
	void aDisabledAccountCannotLogInAndIsToldSoOnlyWithTheRightPassword() throws Exception {
		long id = StaffLogin.account(this.jdbc, this.encoder, "gone.writer", "WRITER");
		this.mvc.perform(post("/admin/staff/" + id + "/disable").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff/" + id));

		this.mvc.perform(formLogin("/login").user("gone.writer").password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?disabled"));
		Document login = page(this.mvc.perform(get("/login?disabled")).andReturn());
		assertThat(login.select("[role=alert]").text()).contains("This account has been disabled");

		// A guess does not learn that the account exists.
		this.mvc.perform(formLogin("/login").user("gone.writer").password("a wrong guess"))
			.andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(post("/admin/staff/" + id + "/enable").with(ADMIN).with(csrf()));
		this.mvc.perform(formLogin("/login").user("gone.writer").password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void anOpenSessionOfADisabledAccountEndsAtItsNextRequest() throws Exception {
		long id = StaffLogin.account(this.jdbc, this.encoder, "busy.editor", "EDITOR");
		MockHttpSession session = StaffLogin.logIn(this.mvc, "busy.editor", PASSWORD);
		this.mvc.perform(get("/admin/articles").session(session)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/staff/" + id + "/disable").with(ADMIN).with(csrf()));

		this.mvc.perform(get("/admin/articles").session(session)).andExpect(redirectedUrl("/login?disabled"));
		assertThat(session.isInvalid()).as("session ended").isTrue();
		assertThat(this.jdbc.queryForObject("select enabled from staff_user where id = ?", Boolean.class, id))
			.isFalse();
	}

	@Test
	void aRoleChangeAppliesToAnOpenSessionAtItsNextRequest() throws Exception {
		long id = StaffLogin.account(this.jdbc, this.encoder, "rising.editor", "EDITOR");
		MockHttpSession session = StaffLogin.logIn(this.mvc, "rising.editor", PASSWORD);
		this.mvc.perform(get("/admin/staff").session(session)).andExpect(status().isForbidden());

		this.mvc.perform(post("/admin/staff/" + id + "/role").with(ADMIN).with(csrf()).param("role", "ADMIN"))
			.andExpect(redirectedUrl("/admin/staff/" + id));
		this.mvc.perform(get("/admin/staff").session(session)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/staff/" + id + "/role").with(ADMIN).with(csrf()).param("role", "WRITER"));
		this.mvc.perform(get("/admin/staff").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/articles").session(session)).andExpect(status().isOk());
	}

	@Test
	void theLastActiveAdminCanNeitherBeDisabledNorDemoted() throws Exception {
		long adminId = this.jdbc.queryForObject("select id from staff_user where username = 'admin'", Long.class);

		for (String change : List.of("disable", "role")) {
			MvcResult result = this.mvc
				.perform(
						post("/admin/staff/" + adminId + "/" + change).with(ADMIN).with(csrf()).param("role", "EDITOR"))
				.andExpect(redirectedUrl("/admin/staff/" + adminId))
				.andReturn();
			Document page = page(
					this.mvc.perform(get("/admin/staff/" + adminId).with(ADMIN).flashAttrs(result.getFlashMap()))
						.andExpect(status().isOk())
						.andReturn());
			assertThat(page.select("[role=alert]").text()).as(change).contains("last active admin");
		}
		assertThat(this.jdbc.queryForMap("select role, enabled from staff_user where id = ?", adminId))
			.containsEntry("role", "ADMIN")
			.containsEntry("enabled", true);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isZero();
	}

	@Test
	void withASecondAdminTheFirstCanBeDemotedByIt() throws Exception {
		StaffLogin.account(this.jdbc, this.encoder, "second.admin", "ADMIN");
		long adminId = this.jdbc.queryForObject("select id from staff_user where username = 'admin'", Long.class);

		this.mvc
			.perform(post("/admin/staff/" + adminId + "/role").with(user("second.admin").roles("ADMIN"))
				.with(csrf())
				.param("role", "EDITOR"))
			.andExpect(redirectedUrl("/admin/staff/" + adminId));

		assertThat(this.jdbc.queryForObject("select role from staff_user where id = ?", String.class, adminId))
			.isEqualTo("EDITOR");
		// The test profile's admin is restored by @BeforeEach of the next test.
		this.jdbc.update("update staff_user set role = 'ADMIN' where id = ?", adminId);
	}

	@Test
	void anAdminCannotDisableTheirOwnAccountWhileAnotherAdminExists() throws Exception {
		StaffLogin.account(this.jdbc, this.encoder, "other.admin", "ADMIN");
		long adminId = this.jdbc.queryForObject("select id from staff_user where username = 'admin'", Long.class);

		MvcResult result = this.mvc.perform(post("/admin/staff/" + adminId + "/disable").with(ADMIN).with(csrf()))
			.andReturn();

		assertThat(result.getFlashMap().get("problem")).asString().contains("your own account");
		assertThat(this.jdbc.queryForObject("select enabled from staff_user where id = ?", Boolean.class, adminId))
			.isTrue();
	}

	@Test
	void aResetPasswordIsShownOnceAndMustBeChanged() throws Exception {
		long id = StaffLogin.account(this.jdbc, this.encoder, "forgetful", "WRITER");

		MvcResult reset = this.mvc.perform(post("/admin/staff/" + id + "/reset-password").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff/" + id))
			.andReturn();
		String temporary = (String) reset.getFlashMap().get("issuedPassword");

		this.mvc.perform(formLogin("/login").user("forgetful").password(PASSWORD)).andExpect(unauthenticated());
		MockHttpSession session = StaffLogin.logIn(this.mvc, "forgetful", temporary);
		this.mvc.perform(get("/admin/articles").session(session)).andExpect(redirectedUrl("/admin/password"));
	}

	@Test
	void unknownOrTamperedIdsAnswerNotFoundAndChangeNothing() throws Exception {
		this.mvc.perform(get("/admin/staff/999999").with(ADMIN)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/staff/abc").with(ADMIN)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/staff/99999999999999999999").with(ADMIN)).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/staff/999999/disable").with(ADMIN).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/staff/x/role").with(ADMIN).with(csrf()).param("role", "ADMIN"))
			.andExpect(status().isNotFound());
		long id = StaffLogin.account(this.jdbc, this.encoder, "steady.writer", "WRITER");
		MvcResult result = this.mvc
			.perform(post("/admin/staff/" + id + "/role").with(ADMIN).with(csrf()).param("role", "OWNER"))
			.andReturn();
		assertThat(result.getFlashMap().get("problem")).asString().contains("Choose a role");
		assertThat(this.jdbc.queryForObject("select role from staff_user where id = ?", String.class, id))
			.isEqualTo("WRITER");
	}

	@Test
	void theStaffListShowsRoleStateAndLastLogin() throws Exception {
		StaffLogin.account(this.jdbc, this.encoder, "listed.editor", "EDITOR");
		long disabled = StaffLogin.account(this.jdbc, this.encoder, "listed.gone", "WRITER");
		this.jdbc.update("update staff_user set enabled = false where id = ?", disabled);
		StaffLogin.logIn(this.mvc, "listed.editor", PASSWORD);

		Document list = page(this.mvc.perform(get("/admin/staff").with(ADMIN)).andExpect(status().isOk()).andReturn());

		assertThat(list.select("tr:contains(listed.editor) td").eachText()).contains("Editor", "Active")
			.noneMatch((cell) -> cell.equals("Never"));
		assertThat(list.select("tr:contains(listed.gone) td").eachText()).contains("Writer", "Disabled", "Never");
		assertThat(list.select("header a").eachText()).contains("Staff", "Audit log", "Change password");
	}

	private long staffCount() {
		return this.jdbc.queryForObject("select count(*) from staff_user", Long.class);
	}

	private static String errorFor(Document page, String fieldId) {
		return page.getElementById(fieldId).closest(".field").select(".field-error").text();
	}

}
