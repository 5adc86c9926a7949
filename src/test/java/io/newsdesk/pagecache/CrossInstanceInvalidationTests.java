package io.newsdesk.pagecache;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import com.zaxxer.hikari.HikariDataSource;
import io.newsdesk.article.Article;
import io.newsdesk.article.RemoteContentChanged;
import io.newsdesk.article.admin.ArticleEditor;
import io.newsdesk.article.admin.ArticleForm;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.StandaloneApp;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two instances on one database, as behind a load balancer: a change saved through either
 * one shows on the other's warm page cache within about a second (PostgreSQL
 * LISTEN/NOTIFY). The first instance is the shared test context; the second is started
 * like an operator would, pointed at the first one's database.
 */
@NewsdeskTest
class CrossInstanceInvalidationTests {

	/** Generous for a shared 2-core machine; it usually takes well under a second. */
	private static final Duration PATIENCE = Duration.ofSeconds(3);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	ContentChangeListener listener;

	@Autowired
	JdbcTemplate jdbc;

	/** Started once for the class: a start-up costs more than all the tests. */
	private static ConfigurableApplicationContext other;

	@BeforeEach
	void startSecondInstance() throws Exception {
		this.data.reset();
		// The admin session filter logs out sessions whose account does not exist.
		this.data.staffMember("editor", "EDITOR");
		this.data.anArticle().withHeadline("Yesterday's lead").publishedAgo(Duration.ofDays(1)).save();
		if (other == null) {
			other = StandaloneApp.start("--spring.profiles.active=test", "--server.port=0",
					"--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
					"--spring.datasource.username=" + this.dataSource.getUsername(), "--spring.datasource.password="
							+ ((this.dataSource.getPassword() != null) ? this.dataSource.getPassword() : ""));
		}
		awaitTrue(() -> this.listener.isListening() && other.getBean(ContentChangeListener.class).isListening());
	}

	@AfterAll
	static void stopSecondInstance() {
		if (other != null) {
			other.close();
			other = null;
		}
	}

	@Test
	void aStoryPublishedOnOneInstanceShowsOnTheOthersWarmCache() throws Exception {
		warmOther();

		MockHttpServletResponse saved = this.mvc
			.perform(post("/admin/articles").param("headline", "Breaking on node one")
				.param("standfirst", "A standfirst.")
				.param("body", "Body text.")
				.param("sectionId", String.valueOf(this.data.section("world").getId()))
				.param("byline", "A Reporter")
				.param("action", "publish")
				.with(user("editor").roles("EDITOR"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);

		long waited = awaitTrue(() -> otherLead().equals("Breaking on node one"));
		assertThat(Duration.ofMillis(waited)).isLessThanOrEqualTo(PATIENCE);
	}

	@Test
	void aStoryPublishedOnTheOtherInstanceShowsHereDespiteAWarmCache() throws Exception {
		// The other instance stamps "now" from the real clock, which has moved on since
		// this one's test clock was set; ahead of both, its story is due here at once.
		this.data.clock().set(Instant.now().plus(Duration.ofMinutes(1)));
		this.mvc.perform(get("/"));
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getHeader("X-Cache")).isEqualTo("HIT");

		ArticleForm form = new ArticleForm();
		form.setHeadline("Breaking on node two");
		form.setStandfirst("A standfirst.");
		form.setBody("Body text.");
		form.setSectionId(this.data.section("world").getId());
		form.setByline("A Reporter");
		other.getBean(ArticleEditor.class).publish(form, new BeanPropertyBindingResult(form, "form"));

		awaitTrue(() -> Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.select("article.lead h2")
			.text()
			.equals("Breaking on node two"));
	}

	@Test
	void anEditOnOneInstanceDropsOnlyThePagesShowingTheStoryOnTheOther() throws Exception {
		Article story = this.data.anArticle()
			.withHeadline("First wording")
			.inSection("world")
			.taggedWith("Markets")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.data.anArticle()
			.withHeadline("Elsewhere")
			.inSection("culture")
			.taggedWith("Opera")
			.publishedAgo(Duration.ofHours(3))
			.save();
		List<RemoteContentChanged> heard = new CopyOnWriteArrayList<>();
		other.addApplicationListener(ApplicationListener.<RemoteContentChanged>forPayload(heard::add));
		for (String url : new String[] { "/articles/first-wording", "/articles/elsewhere", "/tags/opera" }) {
			StandaloneApp.get(other, url);
			assertThat(StandaloneApp.get(other, url).headers().firstValue("X-Cache")).as(url).hasValue("HIT");
		}

		republishInWorld(story, "Second wording", "first-wording");

		long waited = awaitTrue(() -> Jsoup.parse(StandaloneApp.get(other, "/articles/first-wording").body())
			.select("h1")
			.text()
			.equals("Second wording"));
		assertThat(Duration.ofMillis(waited)).isLessThanOrEqualTo(PATIENCE);
		for (String url : new String[] { "/articles/elsewhere", "/tags/opera" }) {
			assertThat(StandaloneApp.get(other, url).headers().firstValue("X-Cache"))
				.as("%s on the other instance", url)
				.hasValue("HIT");
		}
		assertThat(heard).extracting(RemoteContentChanged::articleIds).contains(Set.of(story.getId()));
	}

	@Test
	void anEditOnOneInstanceReachesTheOthersCachedRails() throws Exception {
		Article story = this.data.anArticle()
			.withHeadline("Old rail wording")
			.inSection("world")
			.taggedWith("Markets")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.data.anArticle()
			.withHeadline("Neighbour story")
			.inSection("world")
			.taggedWith("Markets")
			.publishedAgo(Duration.ofHours(3))
			.save();
		assertThat(otherRail("/articles/neighbour-story")).contains("Old rail wording");

		republishInWorld(story, "New rail wording", "old-rail-wording");

		// The other instance's page and its rail cache both held the old headline.
		long waited = awaitTrue(() -> otherRail("/articles/neighbour-story").contains("New rail wording"));
		assertThat(Duration.ofMillis(waited)).isLessThanOrEqualTo(PATIENCE);
	}

	@Test
	void instancesKeepListeningAfterTheirDatabaseConnectionsAreCut() throws Exception {
		// What a database restart or failover does to the LISTEN connections.
		this.jdbc.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?", (row) -> {
		}, ContentChangeListener.APPLICATION_NAME);
		awaitTrue(() -> !this.listener.isListening());
		awaitTrue(() -> this.listener.isListening() && other.getBean(ContentChangeListener.class).isListening());
		warmOther();

		this.data.anArticle().withHeadline("After the reconnect").save();

		awaitTrue(() -> otherLead().equals("After the reconnect"));
	}

	private void warmOther() throws Exception {
		assertThat(otherLead()).isEqualTo("Yesterday's lead");
		HttpResponse<String> again = StandaloneApp.get(other, "/");
		assertThat(again.headers().firstValue("X-Cache")).hasValue("HIT");
	}

	/**
	 * Saves a new headline for a Markets story in World, as an editor on this instance.
	 */
	private void republishInWorld(Article story, String headline, String slug) throws Exception {
		MockHttpServletResponse saved = this.mvc
			.perform(post("/admin/articles/" + story.getId()).param("headline", headline)
				.param("slug", slug)
				.param("version", String.valueOf(this.data.reload(story).getVersion()))
				.param("standfirst", "A standfirst.")
				.param("body", "Body text.")
				.param("sectionId", String.valueOf(this.data.section("world").getId()))
				.param("tags", "Markets")
				.param("byline", "A Reporter")
				.param("action", "publish")
				.with(user("editor").roles("EDITOR"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
	}

	private String otherRail(String url) throws Exception {
		HttpResponse<String> response = StandaloneApp.get(other, url);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body()).select("aside.related").text();
	}

	private String otherLead() throws Exception {
		HttpResponse<String> response = StandaloneApp.get(other, "/");
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body()).select("article.lead h2").text();
	}

	/** Polls until the condition holds; returns how long that took, in milliseconds. */
	private static long awaitTrue(Callable<Boolean> condition) throws Exception {
		long start = System.nanoTime();
		long deadline = start + PATIENCE.toNanos();
		while (!condition.call()) {
			assertThat(System.nanoTime() - deadline).as("still not true after %s", PATIENCE).isNegative();
			Thread.sleep(50);
		}
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

}
