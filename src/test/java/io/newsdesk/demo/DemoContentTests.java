package io.newsdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The London Daily model page loaded as real content on an empty database. A context of
 * its own (demo content on, its own throw-away database), unlike the shared
 * {@code @NewsdeskTest} one, where the database starts empty. The expected paragraphs and
 * headlines are read straight from the capture, not through ModelPage, so a parsing slip
 * cannot hide here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "newsdesk.demo.enabled=true")
class DemoContentTests {

	private static final String SEED_HEADLINE = "Beijing says US 'too negative' toward China";

	private static final String SEED_URL = "/articles/beijing-says-us-too-negative-toward-china";

	private static List<String> captureLines;

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	DemoContentLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@BeforeAll
	static void readCapture() throws IOException {
		try (InputStream in = DemoContentTests.class.getResourceAsStream("/demo/london-daily-2025-06-20.txt")) {
			captureLines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList();
		}
	}

	@Test
	void seedStoryIsPublishedOnFriday20June2025WithBylineAndSection() throws Exception {
		Document page = Html.page(this.mvc, SEED_URL);

		assertThat(page.select("main h1").text()).isEqualTo(SEED_HEADLINE);
		assertThat(page.select(".byline").text()).isEqualTo("By Associated Press");
		assertThat(page.select(".story-header .card-section a").text()).isEqualTo("World");
		OffsetDateTime published = OffsetDateTime.parse(page.select("article time").attr("datetime"));
		LocalDate londonDate = published.atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDate();
		assertThat(londonDate).isEqualTo(LocalDate.of(2025, 6, 20));
		assertThat(londonDate.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(page.select("article time").text()).startsWith("Friday 20 June 2025");
	}

	@Test
	void seedStoryHasEveryParagraphOfThePageWithQuotesIntactAndNoRepeatedHeadline() throws Exception {
		List<String> expected = captureLines
			.subList(captureLines.lastIndexOf(SEED_HEADLINE) + 1, captureLines.indexOf("Newsletter"))
			.stream()
			.filter((line) -> !line.isEmpty())
			.toList();

		List<String> paragraphs = Html.texts(Html.page(this.mvc, SEED_URL), ".story-body p");

		assertThat(expected).hasSize(25);
		assertThat(paragraphs).containsExactlyElementsOf(expected);
		assertThat(paragraphs.get(0)).startsWith("A top Chinese diplomat said Friday");
		assertThat(paragraphs).doesNotContain(SEED_HEADLINE);
		assertThat(paragraphs).contains("\"The U.S. should never try to play the Taiwan card,\" Le said. "
				+ "\"It is very dangerous. This is our red line. The U.S. should never try to cross it.\"");
	}

	@Test
	void everyRelatedHeadlineOfThePageIsAPublishedArticle() throws Exception {
		List<String> related = relatedHeadlines();
		Map<String, Article> byHeadline = this.articles.findAll()
			.stream()
			.collect(Collectors.toMap(Article::getHeadline, Function.identity()));

		assertThat(related).hasSize(50);
		assertThat(byHeadline).hasSize(51).containsKeys(related.toArray(String[]::new));
		for (String headline : related) {
			Article article = byHeadline.get(headline);
			assertThat(article.isVisibleAt(this.clock.instant())).as(headline).isTrue();
			assertThat(Html.page(this.mvc, article.url()).select("main h1").text()).isEqualTo(headline);
		}
	}

	@Test
	void seedRailStartsWithTheRelatedHeadlinesInThePagesOrder() throws Exception {
		Document page = Html.page(this.mvc, SEED_URL);

		assertThat(page.select("aside.related h2").text()).isEqualTo("Related Articles");
		assertThat(Html.railHeadlines(page)).containsExactlyElementsOf(relatedHeadlines().subList(0, 10));
	}

	@Test
	void seedStoryLeadsTheFrontPage() throws Exception {
		Document page = Html.page(this.mvc, "/");

		assertThat(page.select("article.lead h2").text()).isEqualTo(SEED_HEADLINE);
	}

	@Test
	void runningTheLoaderAgainCreatesNothing() throws Exception {
		long before = this.articles.count();

		this.loader.run(new DefaultApplicationArguments());

		assertThat(this.articles.count()).isEqualTo(before).isEqualTo(51);
	}

	@Test
	void withArticlesAlreadyThereAndNoFlagItLoadsNothing() throws Exception {
		long before = this.articles.count();
		this.jdbc.update("delete from app_flag where name = ?", DemoContentLoader.FLAG);

		this.loader.run(new DefaultApplicationArguments());

		assertThat(this.articles.count()).isEqualTo(before).isEqualTo(51);
		assertThat(this.jdbc.queryForObject("select count(*) from app_flag where name = ?", Long.class,
				DemoContentLoader.FLAG))
			.isEqualTo(1);
	}

	private static List<String> relatedHeadlines() {
		return captureLines.subList(captureLines.indexOf("Close") + 1, captureLines.size())
			.stream()
			.filter((line) -> !line.isEmpty() && !line.equals("×"))
			.toList();
	}

}
