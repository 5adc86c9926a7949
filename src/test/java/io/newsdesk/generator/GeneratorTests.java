package io.newsdesk.generator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.sql.Timestamp;

import io.newsdesk.article.Article;
import io.newsdesk.article.BodyText;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive generator against the shared test database: a couple of thousand articles
 * that the public pages then serve like any others.
 */
@NewsdeskTest
class GeneratorTests {

	private static final int ARTICLES = 2_000;

	@Autowired
	ArchiveGenerator generator;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@AfterEach
	void cleanUp() {
		this.data.reset();
	}

	@Test
	void generatedArchiveHasTheRequestedShapeAndThePublicPagesServeIt() throws Exception {
		ArchiveGenerator.Result result = this.generator.generate(settings(ARTICLES, false));

		assertThat(result.articles()).isEqualTo(ARTICLES);
		assertThat(count("select count(*) from article")).isEqualTo(ARTICLES);
		assertThat(count("select count(distinct slug) from article")).isEqualTo(ARTICLES);
		assertThat(count("select count(*) from article_tag")).isEqualTo(result.tagLinks());
		assertThat(count("select count(*) from tag t where t.article_count <> "
				+ "(select count(*) from article_tag l where l.tag_id = t.id)"))
			.as("each tag's article count, taken after the load while its trigger paused")
			.isZero();
		assertThat(count("select count(*) from pg_trigger where tgname = 'article_tag_count' and tgenabled = 'O'"))
			.as("the count trigger resumed")
			.isOne();
		assertThat(count("select count(*) from pg_stat_user_tables where relname = 'article_tag' "
				+ "and last_vacuum is not null"))
			.as("tag links vacuumed, so index-only scans can skip the table")
			.isOne();
		assertThat(this.jdbc.queryForList(
				"select count(*) from article a left join article_tag t on t.article_id = a.id " + "group by a.id",
				Long.class))
			.allSatisfy((tags) -> assertThat(tags).isBetween(3L, 5L));
		assertThat(count("select count(distinct section_id) from article")).isEqualTo(8);
		long drafts = count("select count(*) from article where status = 'DRAFT'");
		assertThat(drafts).isBetween(ARTICLES * 3L / 100, ARTICLES * 7L / 100);
		long scheduled = count("select count(*) from article where status = 'PUBLISHED' and publish_at > now()");
		assertThat(scheduled).isBetween(1L, ARTICLES * 3L / 100);
		assertThat(result.picks()).isPositive();
		assertThat(count("select count(*) from related_link r join article a on a.id = r.article_id "
				+ "join article o on o.id = r.related_article_id where o.publish_at >= a.publish_at"))
			.as("picks point at older stories")
			.isZero();
		assertThat(count("select count(*) from article where "
				+ "array_length(regexp_split_to_array(body_markdown, '\\s+'), 1) not between 400 and 1200"))
			.as("bodies of 400 to 1,200 words")
			.isZero();

		Document front = Html.page(this.mvc, "/");
		List<String> frontLinks = Html.texts(front, "main a");
		String newest = this.jdbc.queryForObject("select headline from article where status = 'PUBLISHED' "
				+ "and publish_at <= now() order by publish_at desc limit 1", String.class);
		assertThat(frontLinks).contains(newest);
		List<String> hidden = this.jdbc
			.queryForList("select headline from article where status = 'DRAFT' or publish_at > now()", String.class);
		assertThat(frontLinks).doesNotContainAnyElementsOf(hidden);

		String commonTag = this.jdbc.queryForObject("select t.slug from tag t join article_tag at on at.tag_id = t.id "
				+ "group by t.slug order by count(*) desc limit 1", String.class);
		Document tagPage = Html.page(this.mvc, "/tags/" + commonTag);
		assertThat(Html.cardHeadlines(tagPage)).isNotEmpty().doesNotContainAnyElementsOf(hidden);

		String draftSlug = this.jdbc
			.queryForObject("select slug from article where status = 'DRAFT' order by id limit 1", String.class);
		assertThat(Html.status(this.mvc, "/articles/" + draftSlug)).isEqualTo(404);
		String visibleSlug = this.jdbc.queryForObject(
				"select slug from article where status = 'PUBLISHED' and publish_at <= now() order by id limit 1",
				String.class);
		assertThat(Html.status(this.mvc, "/articles/" + visibleSlug)).isEqualTo(200);

		Article later = this.data.anArticle().withHeadline("Written after the generator").save();
		assertThat(later.getId()).isEqualTo(ARTICLES + 1L);
	}

	@Test
	void generatedArticlesCarryThePlainTextOfTheirBodyAndSearchFindsTheirNames() throws Exception {
		this.generator.generate(settings(50, false));

		List<Map<String, Object>> rows = this.jdbc.queryForList("select body_html, body_text from article");
		assertThat(rows).hasSize(50).allSatisfy((row) -> {
			String text = (String) row.get("body_text");
			assertThat(text).isNotBlank()
				.doesNotContain("<")
				.isEqualTo(BodyText.fromHtml((String) row.get("body_html")));
		});
		// Proper names make rare search terms: searching one finds exactly its stories.
		long first = count("select min(id) from article");
		long visible = count("select min(id) from article where status = 'PUBLISHED' and publish_at < now()");
		String name = new SyntheticNews(7, 50, 500, 8, Instant.EPOCH).names((int) (visible - first))[0];
		long mentioning = this.jdbc.queryForObject(
				"select count(*) from article where status = 'PUBLISHED' "
						+ "and publish_at < now() and (standfirst || ' ' || body_text) ~ ('\\m' || ? || '\\M')",
				Long.class, name);
		Document page = Html.page(this.mvc, "/search?q=" + name);
		assertThat(page.select(".search-result")).hasSize((int) Math.min(mentioning, 20));
		assertThat(page.select(".search-snippet mark").eachText()).contains(name);
		assertThat(page.select(".search-snippet").text()).doesNotContain("<p>");
	}

	@Test
	void sameSeedGivesTheSameArchive() {
		this.generator.generate(settings(50, false));
		List<Map<String, Object>> first = snapshot();
		this.data.reset();
		this.generator.generate(settings(50, false));
		assertThat(snapshot()).isEqualTo(first);
	}

	@Test
	void refusesADatabaseWithRealArticlesUnlessForced() {
		Article real = this.data.anArticle().withHeadline("A real story").save();

		assertThatThrownBy(() -> this.generator.generate(settings(10, false)))
			.isInstanceOf(GeneratorRefusedException.class)
			.hasMessageContaining("newsdesk.generator.force=true");
		assertThat(count("select count(*) from article")).isEqualTo(1);
		assertThat(count("select count(*) from tag")).isZero();

		this.generator.generate(settings(10, true));
		assertThat(count("select count(*) from article")).isEqualTo(11);
		assertThat(count("select min(id) from article where slug like 'gen-%'")).isEqualTo(real.getId() + 1);
	}

	@Test
	void generatingAgainAddsMoreArticlesReusingTheTags() {
		this.generator.generate(settings(20, false));
		long tags = count("select count(*) from tag");
		this.generator.generate(settings(20, false));
		assertThat(count("select count(*) from article")).isEqualTo(40);
		assertThat(count("select count(*) from tag")).isEqualTo(tags);
	}

	private List<Map<String, Object>> snapshot() {
		return this.jdbc.queryForList("select a.slug, a.headline, a.standfirst, a.body_html, a.status, a.section_id, "
				+ "(select string_agg(tag_id::text, ',' order by tag_id) from article_tag where article_id = a.id) tags "
				+ "from article a order by a.id");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static GeneratorProperties settings(int articles, boolean force) {
		return new GeneratorProperties(articles, 500, 7, force, false, 2);
	}

}
