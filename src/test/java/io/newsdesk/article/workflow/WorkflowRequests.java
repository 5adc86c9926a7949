package io.newsdesk.article.workflow;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Requests as the newsroom's people send them: the article form posted with a button by a
 * writer or an editor (with a CSRF token), pages read with jsoup, and snapshots of the
 * article and audit tables to prove a refusal changed nothing.
 */
final class WorkflowRequests {

	private WorkflowRequests() {
	}

	static RequestPostProcessor writer(String username) {
		return user(username).roles("WRITER");
	}

	static RequestPostProcessor editor(String username) {
		return user(username).roles("EDITOR");
	}

	/**
	 * The article form with sensible values, pressed with {@code button} on the article
	 * {@code id} (a new one if null) at {@code version}.
	 */
	static MockHttpServletRequestBuilder press(Long id, Long version, String button, long sectionId,
			RequestPostProcessor who) {
		return post((id != null) ? "/admin/articles/" + id : "/admin/articles")
			.param("headline", "Council backs new bridge")
			.param("slug", "")
			.param("standfirst", "A vote after years of delay.")
			.param("body", "The council voted 30 to 12.")
			.param("sectionId", String.valueOf(sectionId))
			.param("tags", "")
			.param("byline", "A Reporter")
			.param("publishAt", "")
			.param("version", (version != null) ? String.valueOf(version) : "")
			.param("action", button)
			.with(csrf())
			.with(who);
	}

	static Document page(MockMvc mvc, String url, RequestPostProcessor who) throws Exception {
		MvcResult result = mvc.perform(get(url).with(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as("status of %s", url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The texts of the form's visible submit buttons (not the hidden Enter one). */
	static List<String> buttons(Document form) {
		return form.select("form button[name=action]:not(.visually-hidden)").eachText();
	}

	static long version(JdbcTemplate jdbc, long id) {
		return jdbc.queryForObject("select version from article where id = ?", Long.class, id);
	}

	static String status(JdbcTemplate jdbc, long id) {
		return jdbc.queryForObject("select status from article where id = ?", String.class, id);
	}

	static List<String> auditActions(JdbcTemplate jdbc) {
		return jdbc.queryForList("select action from audit_entry order by id", String.class);
	}

	/** Every article row and every audit row, to compare before and after a refusal. */
	static List<Map<String, Object>> snapshot(JdbcTemplate jdbc) {
		List<Map<String, Object>> rows = new java.util.ArrayList<>(
				jdbc.queryForList("select * from article order by id"));
		rows.add(Map.of("audit entries", jdbc.queryForObject("select count(*) from audit_entry", Long.class)));
		return rows;
	}

}
