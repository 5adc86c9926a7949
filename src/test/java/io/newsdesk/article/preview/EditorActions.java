package io.newsdesk.article.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Article;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the preview, redirect and correction tests do as staff: post the article form (as
 * a browser does, with a CSRF token), follow a redirect with its flash message, count
 * rows.
 */
public final class EditorActions {

	private final MockMvc mvc;

	private final TestData data;

	private final JdbcTemplate jdbc;

	public EditorActions(MockMvc mvc, TestData data, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.data = data;
		this.jdbc = jdbc;
	}

	public static RequestPostProcessor editor() {
		return user("editor1").roles("EDITOR");
	}

	public static RequestPostProcessor writer() {
		return user("writer1").roles("WRITER");
	}

	/** Creates the staff accounts {@link #editor()} and {@link #writer()} log in as. */
	public void staff() {
		this.data.staffMember("editor1", "EDITOR");
		this.data.staffMember("writer1", "WRITER");
	}

	/** The article form exactly as the edit page fills it for a saved article. */
	public MultiValueMap<String, String> formOf(Article saved) throws Exception {
		String url = "/admin/articles/" + saved.getId() + "/edit";
		MvcResult page = this.mvc.perform(get(url).with(editor())).andReturn();
		assertThat(page.getResponse().getStatus()).as("status of %s", url).isEqualTo(200);
		Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		Element form = html.selectFirst("form:has(#headline)");
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (String name : List.of("version", "headline", "slug", "tags", "byline", "publishAt")) {
			fields.add(name, form.selectFirst("input[name=" + name + "]").val());
		}
		for (String name : List.of("standfirst", "body")) {
			fields.add(name, form.selectFirst("textarea[name=" + name + "]").wholeText());
		}
		fields.add("sectionId", form.selectFirst("select[name=sectionId] option[selected]").val());
		form.select("select[name=relatedIds] option[selected]")
			.forEach((option) -> fields.add("relatedIds", option.val()));
		fields.add("_minorEdit", "on");
		return fields;
	}

	/** A new article's form with sensible values. */
	public MultiValueMap<String, String> newForm(String headline) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("version", "");
		fields.add("headline", headline);
		fields.add("slug", "");
		fields.add("standfirst", "A standfirst.");
		fields.add("body", "Some body.");
		fields.add("sectionId", String.valueOf(this.data.section("world").getId()));
		fields.add("tags", "");
		fields.add("byline", "A Reporter");
		fields.add("publishAt", "");
		return fields;
	}

	/** Pressing a button ("publish", "draft") on an article's form. */
	public MvcResult press(Article article, MultiValueMap<String, String> fields, String button) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/articles/" + article.getId()).params(fields)
				.param("action", button)
				.with(csrf())
				.with(editor()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as("save of %s", fields.getFirst("headline")).isEqualTo(302);
		return result;
	}

	/** Saves the article under a new slug with the given button. */
	public void changeSlug(Article article, String slug, String button) throws Exception {
		MultiValueMap<String, String> fields = formOf(article);
		fields.set("slug", slug);
		press(article, fields, button);
	}

	public MockHttpServletRequestBuilder postAs(RequestPostProcessor who, String url) {
		return post(url).with(csrf()).with(who);
	}

	/**
	 * Follows a post's redirect to an admin page, as the browser does, flash included.
	 */
	public Document follow(MvcResult redirect) throws Exception {
		String url = redirect.getResponse().getRedirectedUrl();
		MvcResult page = this.mvc.perform(get(url).flashAttrs(redirect.getFlashMap()).with(editor())).andReturn();
		assertThat(page.getResponse().getStatus()).as("status of %s", url).isEqualTo(200);
		return Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
	}

	/** Rows in every table an article save or a preview could write. */
	public Map<String, Integer> rowCounts() {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		for (String table : List.of("article", "tag", "article_tag", "related_link", "article_slug_history",
				"preview_link", "article_note", "audit_entry")) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

}
