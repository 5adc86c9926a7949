package io.newsdesk.system;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import io.newsdesk.article.admin.ArticleEditor;
import io.newsdesk.article.admin.ArticleForm;
import io.newsdesk.section.SectionRepository;
import io.newsdesk.support.StandaloneApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps its data across restarts, and closing the application
 * stops it cleanly: the second start on the same data directory would fail on a server
 * still running there (or a stale lock) otherwise.
 */
class RestartTests {

	@TempDir
	Path dataDir;

	@Test
	void articleSurvivesARestartOnTheSameDataDirectory() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			assertThat(first.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
			ArticleForm form = new ArticleForm();
			form.setHeadline("Still here after a restart");
			form.setStandfirst("Written before the restart.");
			form.setBody("Kept in the data directory.");
			form.setSectionId(first.getBean(SectionRepository.class).findBySlug("uk").orElseThrow().getId());
			form.setByline("Newsdesk");
			first.getBean(ArticleEditor.class).publish(form, new BeanPropertyBindingResult(form, "form"));
			assertThat(headlineOf(first, "/articles/still-here-after-a-restart"))
				.isEqualTo("Still here after a restart");
		}
		assertThat(this.dataDir.resolve("postmaster.pid")).as("server stopped on close").doesNotExist();

		try (ConfigurableApplicationContext second = start()) {
			assertThat(headlineOf(second, "/articles/still-here-after-a-restart"))
				.isEqualTo("Still here after a restart");
			Document front = Jsoup.parse(StandaloneApp.get(second, "/").body());
			assertThat(front.select("article.lead h2").text()).isEqualTo("Still here after a restart");
		}
	}

	private ConfigurableApplicationContext start() {
		// An empty datasource URL beats a SPRING_DATASOURCE_URL a CI machine may set:
		// this
		// test is about the embedded server.
		return StandaloneApp.start("--spring.profiles.active=test", "--server.port=0", "--spring.datasource.url=",
				"--newsdesk.database.ephemeral=false", "--newsdesk.database.data-dir=" + this.dataDir,
				"--newsdesk.demo.enabled=false");
	}

	private static String headlineOf(ConfigurableApplicationContext app, String path) throws Exception {
		HttpResponse<String> response = StandaloneApp.get(app, path);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body()).select("main h1").text();
	}

}
