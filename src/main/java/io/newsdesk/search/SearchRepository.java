package io.newsdesk.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.newsdesk.article.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Repository;

/**
 * Full-text search over visible articles, in hand-written SQL. JPQL would not do: it has
 * no {@code tsvector}/{@code tsquery} types, no {@code @@} operator, and cannot call
 * {@code websearch_to_tsquery}, {@code ts_rank_cd} or {@code ts_headline} in an
 * {@code order by} over a ranked, limited sub-select. The SQL still goes through the JPA
 * {@link EntityManager} (not JdbcTemplate) so it joins the service's transaction and is
 * counted with the other statements a page runs.
 *
 * <p>
 * Plan (EXPLAIN ANALYZE in SearchPlanTests, 5,000 generated published articles and 500
 * drafts): a Bitmap Index Scan on the partial GIN index {@code article_search_idx}, then
 * a Bitmap Heap Scan re-checking the publish time; only the matching rows are ranked (a
 * top-N heapsort), and {@code ts_headline} runs on the page's 20 rows only. No sequential
 * scan of {@code article}, for a rare term (10 matches) or a common one (all 5,000).
 */
@Repository
class SearchRepository {

	/** ts_headline marks matches with these; they are removed from the text first. */
	static final String START = "\uE000";

	static final String STOP = "\uE001";

	private static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

	/**
	 * Relevance with a recency boost: {@code ts_rank_cd} (headline A = 1.0, standfirst B
	 * = 0.4, body C = 0.2, PostgreSQL's default weights) times {@code 0.5 + 0.5 / (1 +
	 * age_in_days / 30)}. A story published today scores up to twice one from long ago
	 * (1.0 vs → 0.5; halfway there at 30 days), so fresh news rises, yet a headline match
	 * (five times a body match) still beats a body-only match of any age.
	 */
	private static final String SCORE = "ts_rank_cd(a.search_vector, query.q)"
			+ " * (0.5 + 0.5 / (1 + greatest(0, extract(epoch from (cast(:now as timestamptz) - a.publish_at)))"
			+ " / 2592000.0))";

	private final EntityManager entityManager;

	SearchRepository(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * One page of visible matches, best first (ties: newer first, then higher id), each
	 * row carrying the total number of matches. One statement: matches are found through
	 * the GIN index, scored and the page cut; only then does {@code ts_headline}, the
	 * costly part, run on the page's rows.
	 */
	List<SearchRow> search(String config, String text, SearchFilters filters, Instant now, int offset, int limit) {
		Query query = searchQuery("", config, text, filters, now, offset, limit);
		@SuppressWarnings("unchecked")
		List<Tuple> rows = query.getResultList();
		return rows.stream()
			.map((row) -> new SearchRow(row.get("slug", String.class), row.get("headline", String.class),
					toInstant(row.get("publish_at")), row.get("section_name", String.class),
					row.get("section_slug", String.class), ((Number) row.get("total")).longValue(),
					row.get("snippet", String.class)))
			.toList();
	}

	/**
	 * The plan of exactly the statement {@link #search} runs, e.g. {@code explain
	 * (analyze, buffers)}: SearchPlanTests checks the GIN index is used.
	 */
	List<String> explain(String explain, String config, String text, SearchFilters filters, Instant now, int offset,
			int limit) {
		@SuppressWarnings("unchecked")
		List<Object> lines = searchQuery(explain + " ", config, text, filters, now, offset, limit).getResultList();
		return lines.stream().map(String::valueOf).toList();
	}

	private Query searchQuery(String prefix, String config, String text, SearchFilters filters, Instant now, int offset,
			int limit) {
		StringBuilder where = new StringBuilder("a.search_vector @@ query.q and " + Visibility.SQL);
		String sectionJoin = "";
		if (filters.sectionSlug() != null) {
			sectionJoin = " join section fs on fs.id = a.section_id and fs.slug = :section";
		}
		if (filters.from() != null) {
			where.append(" and a.publish_at >= :from");
		}
		if (filters.until() != null) {
			where.append(" and a.publish_at < :until");
		}
		// "ranked" is materialized with narrow rows — scored, but without the tsvector or
		// any
		// text — so counting and sorting all matches stay in memory (with the vectors on
		// board they spilled to disk at 5,000 matches); the page's 20 rows then fetch
		// their
		// text by primary key for ts_headline.
		String sql = prefix + "with query as (select websearch_to_tsquery(cast(:config as regconfig), :text) as q),"
				+ " ranked as materialized (select a.id, a.publish_at, a.section_id, " + SCORE + " as score"
				+ " from article a" + sectionJoin + " cross join query where " + where + "),"
				+ " page as (select * from ranked order by score desc, publish_at desc, id desc"
				+ " limit :limit offset :offset)"
				+ " select t.slug, t.headline, page.publish_at, s.name as section_name, s.slug as section_slug,"
				+ " (select count(*) from ranked) as total,"
				+ " ts_headline(cast(:config as regconfig), translate(t.standfirst || ' — ' || t.body_markdown,"
				+ " :markers, ''), query.q, :options) as snippet"
				+ " from page join article t on t.id = page.id join section s on s.id = page.section_id"
				+ " cross join query order by page.score desc, page.publish_at desc, page.id desc";
		Query query = (prefix.isEmpty() ? this.entityManager.createNativeQuery(sql, Tuple.class)
				: this.entityManager.createNativeQuery(sql))
			.setParameter("config", config)
			.setParameter("text", text)
			.setParameter("now", now)
			.setParameter("limit", limit)
			.setParameter("offset", offset)
			.setParameter("markers", START + STOP)
			.setParameter("options", OPTIONS);
		if (filters.sectionSlug() != null) {
			query.setParameter("section", filters.sectionSlug());
		}
		if (filters.from() != null) {
			query.setParameter("from", filters.from());
		}
		if (filters.until() != null) {
			query.setParameter("until", filters.until());
		}
		return query;
	}

	/**
	 * Whether the query has any searchable word: "the and of" has none (all stop words),
	 * and then there is nothing to find rather than nothing found.
	 */
	boolean hasSearchableWords(String config, String text) {
		Object nodes = this.entityManager
			.createNativeQuery("select numnode(websearch_to_tsquery(cast(:config as regconfig), :text))")
			.setParameter("config", config)
			.setParameter("text", text)
			.getSingleResult();
		return ((Number) nodes).intValue() > 0;
	}

	private static Instant toInstant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		return ((Timestamp) value).toInstant();
	}

	record SearchRow(String slug, String headline, Instant publishAt, String sectionName, String sectionSlug,
			long total, String snippet) {
	}

}
