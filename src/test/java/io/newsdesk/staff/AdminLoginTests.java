package io.newsdesk.staff;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

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
 * The admin's front door: every /admin URL needs a staff login, every state change a CSRF
 * token. Logs in as the account the test profile creates (admin / test-admin-password),
 * through the real login form where it matters.
 */
@NewsdeskTest
class AdminLoginTests {

	static final String PASSWORD = "test-admin-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/", "/admin/articles", "/admin/articles?status=draft",
			"/admin/articles/new", "/admin/articles/1/edit" })
	void anonymousVisitToAnyAdminPageEndsOnTheLoginPage(String url) throws Exception {
		this.data.anArticle().withHeadline("Existing story").save();

		MvcResult result = this.mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		assertThat(target).matches("(https?://[^/]+)?/login");

		Document page = page(this.mvc.perform(get(target)).andExpect(status().isOk()).andReturn());
		assertThat(page.select("h1").text()).isEqualTo("Staff login");
		assertThat(page.text()).doesNotContain("Existing story");
	}

	@Test
	void anonymousPostIsRefusedAndChangesNothing() throws Exception {
		long id = this.data.anArticle().withHeadline("Original headline").save().getId();

		this.mvc
			.perform(post("/admin/articles").with(csrf())
				.param("headline", "Sneaked in")
				.param("sectionId", sectionId())
				.param("action", "publish"))
			.andExpect(status().is3xxRedirection())
			.andExpect(endsOnLoginPage());
		this.mvc
			.perform(post("/admin/articles/" + id).with(csrf())
				.param("headline", "Defaced")
				.param("sectionId", sectionId())
				.param("version", "0")
				.param("action", "publish"))
			.andExpect(status().is3xxRedirection())
			.andExpect(endsOnLoginPage());

		assertThat(this.jdbc.queryForList("select headline from article", String.class))
			.containsExactly("Original headline");
	}

	@Test
	void loginPageHasLabelledUsernameAndPasswordFields() throws Exception {
		Document page = page(this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());

		assertThat(labelled(page, "Username").attr("type")).isEqualTo("text");
		assertThat(labelled(page, "Password").attr("type")).isEqualTo("password");
		assertThat(page.select("main form button[type=submit]").text()).isEqualTo("Log in");
		assertThat(page.select("form input[type=hidden][name=_csrf]").val()).as("CSRF token in the form").isNotBlank();
	}

	@Test
	void loggingInWithTheRightPasswordOpensTheAdmin() throws Exception {
		MvcResult login = this.mvc.perform(formLogin("/login").user("admin").password(PASSWORD))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

		Document list = page(
				this.mvc.perform(get("/admin/articles").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(list.select("h1").text()).isEqualTo("Articles");
	}

	@Test
	void usernameIsNotCaseSensitive() throws Exception {
		this.mvc.perform(formLogin("/login").user("Admin").password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aWrongPasswordShowsAnErrorOnTheLoginPage() throws Exception {
		MvcResult login = this.mvc.perform(formLogin("/login").user("admin").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();

		Document page = page(this.mvc.perform(get(login.getResponse().getRedirectedUrl())).andReturn());
		assertThat(page.select("[role=alert]").text()).contains("did not match");
		assertThat(labelled(page, "Username")).isNotNull();
	}

	@Test
	void anUnknownUserIsRefusedLikeAWrongPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("nobody").password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "admin").param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
		long id = this.data.anArticle().withHeadline("Original headline").save().getId();

		this.mvc
			.perform(post("/admin/articles").with(user("admin").roles("ADMIN"))
				.param("headline", "No token")
				.param("sectionId", sectionId())
				.param("action", "publish"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/articles/" + id).with(user("admin").roles("ADMIN"))
				.with(csrf().useInvalidToken())
				.param("headline", "Forged token")
				.param("sectionId", sectionId())
				.param("version", "0")
				.param("action", "publish"))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForList("select headline from article", String.class))
			.containsExactly("Original headline");
	}

	@Test
	void loggingOutEndsTheSession() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("admin").password(PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
		Document adminPage = page(this.mvc.perform(get("/admin/articles").session(session)).andReturn());
		assertThat(adminPage.select("form[action=/logout] button").text()).isEqualTo("Log out");

		this.mvc.perform(post("/logout").with(csrf()).session(session))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?logout"));

		Document loggedOut = page(this.mvc.perform(get("/login?logout")).andReturn());
		assertThat(loggedOut.select("[role=status]").text()).isEqualTo("You have logged out.");
		this.mvc.perform(get("/admin/articles").session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(endsOnLoginPage());
	}

	@Test
	void logoutNeedsACsrfTokenSoOtherSitesCannotLogEditorsOut() throws Exception {
		this.mvc.perform(post("/logout").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
	}

	@Test
	void aLoggedInEditorVisitingTheLoginPageGoesToTheAdmin() throws Exception {
		this.mvc.perform(get("/login").with(user("admin").roles("ADMIN"))).andExpect(redirectedUrl("/admin"));
	}

	/**
	 * Redirected to the login page (absolute or relative URL, as Spring Security chose).
	 */
	private static ResultMatcher endsOnLoginPage() {
		return (result) -> {
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).matches("(https?://[^/]+)?/login");
		};
	}

	private String sectionId() {
		return String.valueOf(this.data.section("world").getId());
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static Element labelled(Document page, String label) {
		Element found = page.select("label")
			.stream()
			.filter((candidate) -> candidate.text().strip().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No label \"" + label + "\""));
		Element control = page.getElementById(found.attr("for"));
		assertThat(control).as("control labelled %s", label).isNotNull();
		return control;
	}

}
