package io.newsdesk.search;

import java.util.List;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import io.newsdesk.search.SearchRepository.PageAt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Never a slow full scan": on a few thousand generated articles, the search statement
 * finds its rows through the partial GIN index on search_vector, not by reading the
 * table. The plans are printed for docs/performance.md.
 */
@NewsdeskTest
class SearchPlanTests {

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchRepository repository;

	@BeforeEach
	void generateArticles() {
		this.data.reset();
		// 5,000 published articles (every 500th mentions "zeppelin"), 500 drafts.
		this.jdbc.update("""
				insert into article (slug, headline, standfirst, body_markdown, body_html, section_id, status,
				    publish_at, created_at, updated_at)
				select 'generated-' || n, 'Council budget story number ' || n,
				    'Ministers and officials discuss the economy, trade and climate.',
				    repeat('The government said the policy on trade, climate and health would change. ', 40)
				        || case when n % 500 = 0 then ' A zeppelin was seen over the city.' else '' end,
				    '', (select id from section where slug = 'world'),
				    case when n % 11 = 0 then 'DRAFT' else 'PUBLISHED' end,
				    now() - n * interval '1 hour', now(), now()
				from generate_series(1, 5500) as n
				""");
		this.jdbc.execute("analyze article");
	}

	@Test
	void rareTermIsFoundThroughTheGinIndex() {
		List<String> plan = this.repository.explain("explain (analyze, buffers)", "english", "zeppelin",
				SearchFilters.NONE, this.data.clock().instant(), 500, PageAt.offset(0), SearchService.PAGE_SIZE);
		System.out.println("Search plan, rare term:\n" + String.join("\n", plan));

		assertThat(String.join("\n", plan)).contains("Bitmap Index Scan on article_search_idx")
			.doesNotContain("Seq Scan on article");
	}

	@Test
	void commonTermRanksOnlyTheNewestMatchesWithoutSpillingToDisk() {
		List<String> plan = this.repository.explain("explain (analyze, buffers)", "english", "government policy",
				SearchFilters.NONE, this.data.clock().instant(), 500, PageAt.offset(0), SearchService.PAGE_SIZE);
		System.out.println("Search plan, common term:\n" + String.join("\n", plan));

		// Either way in, at most 501 candidates reach the ranking.
		assertThat(String.join("\n", plan))
			.containsPattern("Index Scan (using article_public_latest_idx|on article_search_idx)")
			.containsPattern("CTE Scan on candidates .*rows=501 loops=1")
			.doesNotContain("Seq Scan on article")
			.doesNotContain("temp read");
	}

}
