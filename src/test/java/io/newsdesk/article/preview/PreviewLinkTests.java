package io.newsdesk.article.preview;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Article;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

import static io.newsdesk.article.preview.ArticlePreviewTests.assertPreviewBannerAndPrivate;
import static io.newsdesk.article.preview.ArticlePreviewTests.parse;
import static io.newsdesk.article.preview.EditorActions.editor;
import static io.newsdesk.article.preview.EditorActions.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Shareable preview links: made by an editor, opened by anyone without logging in,
 * showing the current saved version until they expire (48 hours by default) or are
 * revoked; forged, malformed and unknown tokens are simply not found.
 */
@NewsdeskTest
class PreviewLinkTests {

	static final String BASE = "https://news.example.com";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	EditorActions actions;

	Article draft;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.actions = new EditorActions(this.mvc, this.data, this.jdbc);
		this.actions.staff();
		this.draft = this.data.anArticle()
			.withHeadline("Budget leaks early")
			.withSlug("budget")
			.withBody("The **draft** text.")
			.draft()
			.save();
	}

	@Test
	void aDeletedArticlesLinkStopsWorkingAndItsPreviewIsGone() throws Exception {
		String path = createLink(this.draft);
		assertThat(anonymous(path).getStatus()).isEqualTo(200);
		this.mvc.perform(post("/admin/articles/" + this.draft.getId() + "/delete").with(csrf()).with(editor()))
			.andReturn();
		assertThat(this.jdbc.queryForObject("select deleted_at is not null from article where id = ?", Boolean.class,
				this.draft.getId()))
			.isTrue();
		assertThat(anonymous(path).getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/admin/articles/" + this.draft.getId() + "/preview").with(editor()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aWriterCannotPreviewSomeoneElsesArticle() throws Exception {
		assertThat(this.mvc.perform(get("/admin/articles/" + this.draft.getId() + "/preview").with(writer()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void editorsLinkWorksLoggedOutAsANoindexUncachedPreviewUntilItExpires() throws Exception {
		String path = createLink(this.draft);

		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse response = anonymous(path);
			assertThat(response.getStatus()).isEqualTo(200);
			Document page = parse(response);
			assertThat(page.select("main h1").text()).isEqualTo("Budget leaks early");
			assertThat(page.select(".story-body strong").text()).isEqualTo("draft");
			assertPreviewBannerAndPrivate(page, response);
		}
		assertThat(anonymous("/articles/budget").getStatus()).isEqualTo(404);

		this.data.clock().advance(Duration.ofHours(48).minusSeconds(1));
		assertThat(anonymous(path).getStatus()).isEqualTo(200);
		this.data.clock().advance(Duration.ofSeconds(1));
		MockHttpServletResponse expired = anonymous(path);
		assertThat(expired.getStatus()).isEqualTo(410);
		Document page = parse(expired);
		assertThat(page.select("main h1").text()).isEqualTo("This preview link has expired");
		assertThat(page.select("head meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.text()).doesNotContain("Budget leaks early");
	}

	@Test
	void linkShowsTheCurrentSavedVersion() throws Exception {
		String path = createLink(this.draft);
		MultiValueMap<String, String> form = this.actions.formOf(this.draft);
		form.set("headline", "Budget leaks a day early");
		this.actions.press(this.draft, form, "draft");

		assertThat(parse(anonymous(path)).select("main h1").text()).isEqualTo("Budget leaks a day early");
	}

	@Test
	void onlyTheTokensHashIsStoredAndTheTokenIsLongAndUrlSafe() throws Exception {
		String path = createLink(this.draft);
		String token = path.substring("/preview/".length());

		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		List<String> stored = this.jdbc.queryForList("select token_hash from preview_link", String.class);
		assertThat(stored).containsExactly(PreviewLinks.hash(token));
		assertThat(stored.get(0)).doesNotContain(token);
		assertThat(createLink(this.draft)).isNotEqualTo(path);
	}

	@Test
	void revokedLinkStopsWorkingAtOnceAndLeavesTheList() throws Exception {
		String path = createLink(this.draft);
		Document form = this.actions.follow(this.mvc
			.perform(this.actions.postAs(editor(), "/admin/articles/" + this.draft.getId() + "/preview-links"))
			.andReturn());
		assertThat(form.select("#preview-links tbody tr")).hasSize(2);
		assertThat(form.select("#preview-links tbody time").first().attr("datetime")).isNotBlank();
		long linkId = this.jdbc.queryForObject("select id from preview_link where token_hash = ?", Long.class,
				PreviewLinks.hash(path.substring("/preview/".length())));

		MvcResult revoked = this.mvc
			.perform(this.actions.postAs(editor(),
					"/admin/articles/" + this.draft.getId() + "/preview-links/" + linkId + "/revoke"))
			.andReturn();

		Document after = this.actions.follow(revoked);
		assertThat(after.select(".flash").text()).contains("Preview link revoked");
		assertThat(after.select("#preview-links tbody tr")).hasSize(1);
		MockHttpServletResponse response = anonymous(path);
		assertThat(response.getStatus()).isEqualTo(410);
		assertThat(parse(response).select("main h1").text()).isEqualTo("This preview link no longer works");
		assertThat(auditActions()).containsExactly("article.preview-link.create", "article.preview-link.create",
				"article.preview-link.revoke");
	}

	@ParameterizedTest
	@ValueSource(strings = { "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "short", "not-a-token-<script>",
			"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.", "ÄAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
	void forgedMalformedAndUnknownTokensAnswer404(String token) throws Exception {
		createLink(this.draft);

		assertThat(anonymous("/preview/" + token).getStatus()).isEqualTo(404);
	}

	@Test
	void editPageShowsTheNewLinkOnceAndTheActiveLinksWithTheirExpiry() throws Exception {
		MvcResult created = this.mvc
			.perform(this.actions.postAs(editor(), "/admin/articles/" + this.draft.getId() + "/preview-links"))
			.andReturn();

		Document form = this.actions.follow(created);
		String url = form.select("#new-preview-link").val();
		assertThat(url).startsWith(BASE + "/preview/");
		assertThat(form.select("label[for=new-preview-link]").text()).contains("shown only once");
		assertThat(form.select(".flash").text()).contains("Preview link created. It works until");
		assertThat(form.select("#preview-links tbody tr td").eachText()).contains("editor1");

		Document later = parse(this.mvc.perform(get("/admin/articles/" + this.draft.getId() + "/edit").with(editor()))
			.andReturn()
			.getResponse());
		assertThat(later.select("#new-preview-link")).isEmpty();
		assertThat(later.select("#preview-links tbody tr")).hasSize(1);
		this.data.clock().advance(Duration.ofHours(49));
		Document expired = parse(this.mvc.perform(get("/admin/articles/" + this.draft.getId() + "/edit").with(editor()))
			.andReturn()
			.getResponse());
		assertThat(expired.select("#preview-links tbody tr")).isEmpty();
		assertThat(expired.select("#preview-links").text()).contains("No preview links work now.");
	}

	@Test
	void writersCannotCreateOrRevokeLinks() throws Exception {
		String path = createLink(this.draft);
		long linkId = this.jdbc.queryForObject("select id from preview_link", Long.class);
		Map<String, Integer> before = this.actions.rowCounts();

		assertThat(this.mvc
			.perform(this.actions.postAs(writer(), "/admin/articles/" + this.draft.getId() + "/preview-links"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc
			.perform(this.actions.postAs(writer(),
					"/admin/articles/" + this.draft.getId() + "/preview-links/" + linkId + "/revoke"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);

		assertThat(this.actions.rowCounts()).isEqualTo(before);
		assertThat(anonymous(path).getStatus()).isEqualTo(200);
		Document writersForm = parse(
				this.mvc.perform(get("/admin/articles/" + this.draft.getId() + "/edit").with(writer()))
					.andReturn()
					.getResponse());
		assertThat(writersForm.select("button:containsOwn(Create a preview link)")).isEmpty();
	}

	@Test
	void unknownArticlesAndLinksOfAnotherArticleAnswer404AndChangeNothing() throws Exception {
		Article other = this.data.anArticle().withHeadline("Other").draft().save();
		createLink(this.draft);
		long linkId = this.jdbc.queryForObject("select id from preview_link", Long.class);
		Map<String, Integer> before = this.actions.rowCounts();

		assertThat(status(this.actions.postAs(editor(), "/admin/articles/999999/preview-links"))).isEqualTo(404);
		assertThat(status(this.actions.postAs(editor(),
				"/admin/articles/" + other.getId() + "/preview-links/" + linkId + "/revoke")))
			.isEqualTo(404);
		assertThat(status(this.actions.postAs(editor(),
				"/admin/articles/" + this.draft.getId() + "/preview-links/999999/revoke")))
			.isEqualTo(404);

		assertThat(this.actions.rowCounts()).isEqualTo(before);
	}

	@Test
	void creatingALinkNeedsTheCsrfToken() throws Exception {
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/admin/articles/" + this.draft.getId() + "/preview-links")
				.with(editor()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from preview_link", Integer.class)).isZero();
	}

	@Test
	void overRealHttpTheLinkWorksAndExpiredOrUnknownLinksGetSitePages() throws Exception {
		String path = createLink(this.draft);
		HttpClient http = HttpClient.newHttpClient();

		HttpResponse<String> ok = http.send(request(path), HttpResponse.BodyHandlers.ofString());
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.headers().firstValue("X-Robots-Tag"))
			.hasValueSatisfying((v) -> assertThat(v).contains("noindex"));
		assertThat(ok.headers().firstValue("Cache-Control")).contains("private, no-store");
		assertThat(ok.body()).contains("Preview — not published");

		HttpResponse<String> unknown = http.send(request("/preview/" + "B".repeat(43)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(unknown.body()).select("main h1").text()).isEqualTo("Page not found");

		this.data.clock().advance(Duration.ofDays(2));
		HttpResponse<String> gone = http.send(request(path), HttpResponse.BodyHandlers.ofString());
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(Jsoup.parse(gone.body()).select("main h1").text()).isEqualTo("This preview link has expired");
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
	}

	private String createLink(Article article) throws Exception {
		MvcResult result = this.mvc
			.perform(this.actions.postAs(editor(), "/admin/articles/" + article.getId() + "/preview-links"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		String url = (String) result.getFlashMap().get("newPreviewLink");
		assertThat(url).startsWith(BASE + "/preview/");
		return url.substring(BASE.length());
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private MockHttpServletResponse anonymous(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse();
	}

	private List<String> auditActions() {
		return this.jdbc.queryForList("select action from audit_entry order by id", String.class);
	}

}
