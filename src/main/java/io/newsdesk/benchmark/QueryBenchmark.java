package io.newsdesk.benchmark;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleReader;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.frontpage.FrontPageControl;
import io.newsdesk.generator.ArchiveGenerator;
import io.newsdesk.related.RelatedRail;
import io.newsdesk.related.RelatedRailProperties;
import io.newsdesk.search.SearchProperties;
import io.newsdesk.search.SearchService;
import io.newsdesk.site.SiteProperties;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark of issue 4 (profile {@code bench}, never in a normal start): against
 * whatever database the application points at (a generated archive), times the real
 * service code the pages call, each call in its own read-only transaction as a request
 * would be, no page cache involved: the Related Articles rail of an article, the first
 * search page for a common word and for a rare name, the front page's queries, and page
 * 500 of the largest tag. Prints median and p95 per query with the
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of each, writes them to
 * {@code newsdesk.benchmark.output} (default {@code bench-results.md}) and exits. Inputs
 * rotate (different articles, words and names) so no query is timed on one row only.
 */
@Component
@Profile("bench")
@Order(20)
class QueryBenchmark implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(QueryBenchmark.class);

	private static final List<String> COMMON_WORDS = List.of("government", "minister", "police", "election", "market",
			"court", "budget", "trade", "climate", "health");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final RelatedRail rail;

	private final ArticleRepository articles;

	private final ArticleReader reader;

	private final FrontPageControl frontPage;

	private final SearchService search;

	private final SearchProperties searchProperties;

	private final SiteProperties site;

	private final RelatedRailProperties railProperties;

	private final EntityManager entityManager;

	private final Clock clock;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	QueryBenchmark(JdbcTemplate jdbc, PlatformTransactionManager transactions, RelatedRail rail,
			ArticleRepository articles, ArticleReader reader, FrontPageControl frontPage, SearchService search,
			SearchProperties searchProperties, SiteProperties site, RelatedRailProperties railProperties,
			EntityManager entityManager, Clock clock, Environment environment, ConfigurableApplicationContext context) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.rail = rail;
		this.articles = articles;
		this.reader = reader;
		this.frontPage = frontPage;
		this.search = search;
		this.searchProperties = searchProperties;
		this.site = site;
		this.railProperties = railProperties;
		this.entityManager = entityManager;
		this.clock = clock;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		int iterations = this.environment.getProperty("newsdesk.benchmark.iterations", Integer.class, 200);
		int warmup = this.environment.getProperty("newsdesk.benchmark.warmup", Integer.class, 100);
		Path output = Path.of(this.environment.getProperty("newsdesk.benchmark.output", "bench-results.md"));

		long total = this.jdbc.queryForObject("select count(*) from article", Long.class);
		long visible = this.jdbc.queryForObject(
				"select count(*) from article a where a.status = 'PUBLISHED' and a.publish_at <= now() and a.deleted_at is null",
				Long.class);
		long maxId = this.jdbc.queryForObject("select coalesce(max(id), 1) from article", Long.class);
		// Enough articles, spread over the archive, that no rail is timed twice nor after
		// its own warm-up call: each timed rail is an article's first since the start.
		int sampleSize = warmup + iterations;
		List<Long> sample = this.jdbc.queryForList(
				"select id from article a where a.status = 'PUBLISHED' and "
						+ "a.publish_at <= now() and a.deleted_at is null and a.id % ? = 0 order by a.id limit ?",
				Long.class, Math.max(1, maxId / (sampleSize + sampleSize / 10)), sampleSize);
		Long largestTag = this.jdbc.queryForObject(
				"select tag_id from article_tag group by tag_id order by count(*) desc, tag_id limit 1", Long.class);
		long largestTagSize = this.jdbc.queryForObject("select count(*) from article_tag where tag_id = ?", Long.class,
				largestTag);
		// A name in about 20 stories at any archive size (names follow Zipf, see
		// ArchiveGenerator.syntheticName).
		int rareRank = (int) Math.max(1, 3 * total / (11 * 20));
		List<String> rareNames = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			rareNames.add(ArchiveGenerator.syntheticName(rareRank + i));
		}
		int deepPage = 499;
		log.info("Benchmark: {} articles ({} visible), {} warm-up + {} timed calls per query", total, visible, warmup,
				iterations);

		List<Measured> results = new ArrayList<>();
		int[] turn = { 0 };
		// Timed from the rail's first statement: the story itself, with its tags, is the
		// article page's own read, which the page makes whether or not it shows a rail.
		results.add(measureLaps("Related rail of an article", warmup, iterations, () -> {
			long id = sample.get(turn[0]++ % sample.size());
			return this.readOnly.execute((status) -> {
				Article article = this.articles.findById(id).orElseThrow();
				article.getTags().size();
				long started = System.nanoTime();
				// What a reader's page calls; profile "bench" turns the rail cache off,
				// so every call reads the database.
				int rows = this.rail.cardsFor(article, this.clock.instant()).size();
				return new Lap(rows, System.nanoTime() - started);
			});
		}));
		results.add(measure("Search, common word (" + String.join(", ", COMMON_WORDS.subList(0, 3)) + ", …)", warmup,
				iterations, () -> this.search.firstPageHits(COMMON_WORDS.get(turn[0]++ % COMMON_WORDS.size()))));
		results.add(measure("Search, rare name (" + rareNames.get(0) + ", …)", warmup, iterations,
				() -> this.search.firstPageHits(rareNames.get(turn[0]++ % rareNames.size()))));
		results.add(measure("Front page (latest 20 + lead/breaking slots)", warmup, iterations,
				() -> this.readOnly.execute((status) -> this.reader.latest(0).getNumberOfElements()
						+ ((this.frontPage.showing().lead() != null) ? 1 : 0))));
		results.add(measure("Tag page 500 of the largest tag (" + largestTagSize + " articles)", warmup, iterations,
				() -> this.readOnly
					.execute((status) -> this.reader.latestWithTag(largestTag, deepPage).getNumberOfElements())));

		StringBuilder report = new StringBuilder();
		report.append("Benchmark ")
			.append(Instant.now())
			.append(": ")
			.append(total)
			.append(" articles (")
			.append(visible)
			.append(" visible), ")
			.append(iterations)
			.append(" timed calls per query after ")
			.append(warmup)
			.append(" warm-up; load average at the end: ")
			.append(loadAverage())
			.append("\n\n| query | median ms | p95 ms | max ms | rows |\n| --- | ---: | ---: | ---: | ---: |\n");
		for (Measured m : results) {
			report.append(String.format("| %s | %.2f | %.2f | %.2f | %d |%n", m.name(), m.median(), m.p95(), m.max(),
					m.lastRows()));
		}
		long sampleId = sample.get(0);
		int pageSize = this.site.pageSize();
		report.append("\nRail shortlist (")
			.append(shortlist())
			.append(" candidates ranked by text): ")
			.append(shortlistAgreement(sample.subList(0, Math.min(50, sample.size()))))
			.append(".\n");
		report.append("\n### EXPLAIN (ANALYZE, BUFFERS)\n");
		plan(report, "Related rail of article " + sampleId, () -> railPlan(sampleId));
		plan(report, "Search, common word \"" + COMMON_WORDS.get(0) + "\"",
				() -> this.search.explainFirstPage(COMMON_WORDS.get(0)));
		plan(report, "Search, rare name \"" + rareNames.get(0) + "\"",
				() -> this.search.explainFirstPage(rareNames.get(0)));
		plan(report, "Front page rows (the SQL of ArticleRepository.findVisible, page 1)",
				() -> explainSql("select a.*, s.* from article a join section s on s.id = a.section_id where "
						+ "a.status = 'PUBLISHED' and a.publish_at <= now() and a.deleted_at is null "
						+ "order by a.publish_at desc, a.id desc offset 0 limit " + (pageSize + 1)));
		plan(report, "Tag page 500 (the SQL of ArticleRepository.findVisibleWithTag)",
				() -> explainSql("select a.*, s.* from article a join section s on s.id = a.section_id where "
						+ "a.status = 'PUBLISHED' and a.publish_at <= now() and a.deleted_at is null and a.id in "
						+ "(select t.article_id from article_tag t where t.tag_id = " + largestTag
						+ " and t.listed and t.publish_at <= now() order by t.publish_at desc, t.article_id desc offset "
						+ (deepPage * pageSize) + " limit " + (pageSize + 1)
						+ ") order by a.publish_at desc, a.id desc"));
		String text = report.toString();
		System.out.println(text);
		Files.writeString(output, text);
		log.info("Benchmark: written to {}", output.toAbsolutePath());
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

	private Measured measure(String name, int warmup, int iterations, IntSupplier call) {
		return measureLaps(name, warmup, iterations, () -> {
			long started = System.nanoTime();
			int rows = call.getAsInt();
			return new Lap(rows, System.nanoTime() - started);
		});
	}

	/** For calls that time themselves, leaving out work that is not the query's. */
	private Measured measureLaps(String name, int warmup, int iterations, Supplier<Lap> call) {
		int rows = 0;
		for (int i = 0; i < warmup; i++) {
			rows = call.get().rows();
		}
		double[] millis = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			Lap lap = call.get();
			rows = lap.rows();
			millis[i] = lap.nanos() / 1e6;
		}
		Arrays.sort(millis);
		Measured measured = new Measured(name, millis[iterations / 2],
				millis[Math.min(iterations - 1, (int) Math.ceil(iterations * 0.95) - 1)], millis[iterations - 1], rows);
		log.info("Benchmark: {}: median {} ms, p95 {} ms", name, String.format("%.2f", measured.median()),
				String.format("%.2f", measured.p95()));
		return measured;
	}

	private void plan(StringBuilder report, String title, PlanSource source) {
		report.append("\n#### ").append(title).append("\n\n```\n");
		try {
			List<String> lines = this.readOnly.execute((status) -> source.lines());
			report.append(String.join("\n", lines));
		}
		catch (RuntimeException ex) {
			report.append("(plan unavailable: ").append(ex.getMessage()).append(")");
		}
		report.append("\n```\n");
	}

	private List<String> explainSql(String sql) {
		return this.jdbc.queryForList("explain (analyze, buffers) " + sql, String.class);
	}

	/** The plan of the rail's own statement. */
	private List<String> railPlan(long articleId) {
		List<String> lines = new ArrayList<>();
		railRows("explain (analyze, buffers) ", articleId, shortlist())
			.forEach((row) -> lines.add(String.valueOf(row)));
		return lines;
	}

	/**
	 * How often ranking only the shortlist by text changes the rail, against ranking
	 * every candidate by text (a shortlist longer than any candidate list): rails of
	 * {@code articles} articles compared, with how many came out identical.
	 */
	private String shortlistAgreement(List<Long> articles) {
		int identical = 0;
		int shared = 0;
		for (long id : articles) {
			List<Object> ids = this.readOnly.execute((status) -> railIds(id, shortlist()));
			List<Object> exhaustive = this.readOnly.execute((status) -> railIds(id, 1_000_000));
			identical += ids.equals(exhaustive) ? 1 : 0;
			shared += (int) ids.stream().filter(exhaustive::contains).count();
		}
		return String.format(
				"%d of %d rails identical to ranking every candidate by text; %.2f of %d stories in "
						+ "common on average",
				identical, articles.size(), (double) shared / articles.size(), this.site.relatedCount());
	}

	private List<Object> railIds(long articleId, int shortlist) {
		return railRows("", articleId, shortlist).stream()
			.map((row) -> ((Object[]) row)[1])
			.filter((id) -> id != null)
			.toList();
	}

	private int shortlist() {
		return this.railProperties.textShortlistFor(this.site.relatedCount());
	}

	/**
	 * The rail's statement is private to its package (and still changing), so it is read
	 * from the class: what runs here is always the SQL the rail runs.
	 */
	@SuppressWarnings("unchecked")
	private List<Object> railRows(String prefix, long articleId, int shortlist) {
		try {
			Class<?> queryClass = Class.forName("io.newsdesk.related.RelatedRailQuery");
			Field field = queryClass.getDeclaredField("RAIL");
			field.setAccessible(true);
			String sql = (String) field.get(null);
			return this.entityManager.createNativeQuery(prefix + sql)
				.setParameter("config", this.searchProperties.language())
				.setParameter("articleId", articleId)
				.setParameter("now", this.clock.instant())
				.setParameter("size", this.site.relatedCount())
				.setParameter("shortlist", shortlist)
				.getResultList();
		}
		catch (ReflectiveOperationException ex) {
			return List.of("(rail SQL not found: " + ex + ")");
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	interface PlanSource {

		List<String> lines();

	}

	private record Lap(int rows, long nanos) {
	}

	record Measured(String name, double median, double p95, double max, int lastRows) {
	}

}
