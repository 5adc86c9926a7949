package io.newsdesk.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
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
 * {@code order by} over a ranked, limited sub-select, nor compare rows for a keyset. The
 * SQL still goes through the JPA {@link EntityManager} (not JdbcTemplate) so it joins the
 * service's transaction and is counted with the other statements a page runs.
 *
 * <p>
 * <b>Bounded candidates.</b> Scoring a match means reading its {@code search_vector} (a
 * few kilobytes, stored out of line), and a common word matches most of a million-story
 * archive: ranking every match cannot be fast. So one statement takes the newest
 * {@code candidates} matches (within the filters), ranks only those by relevance with a
 * recency boost, and cuts the page; {@code ts_headline}, the other costly part, runs on
 * the page's rows only, over the standfirst and a window of the body
 * ({@value #SNIPPET_SOURCE_CHARS} characters) around the first match. PostgreSQL picks
 * how to find the newest matches from its statistics: for a common word it walks
 * {@code article_public_latest_idx} newest first and stops after {@code candidates} hits;
 * for a rare one it takes the matches from the GIN index {@code article_search_idx} and
 * sorts those few. The trade-off (an older story is found only among the newest matches,
 * or by narrowing the dates) is explained in docs/database.md, with the plans at a
 * million articles.
 */
@Repository
class SearchRepository {

	/** ts_headline marks matches with these; they are removed from the text first. */
	static final String START = "\uE000";

	static final String STOP = "\uE001";

	/**
	 * ts_headline parses all the text it is given (about 2 ms for a long story on this
	 * machine, so 40 ms for a page of 20 whole bodies): snippets come from the standfirst
	 * and this much of the body, a window that starts a little before the first place one
	 * of the query's stems occurs (a plain substring search, nearly free), so a name deep
	 * in a story is still shown highlighted.
	 */
	static final int SNIPPET_SOURCE_CHARS = 1200;

	static final int SNIPPET_LEAD_CHARS = 200;

	private static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

	/**
	 * Relevance with a recency boost: {@code ts_rank_cd} (headline A = 1.0, standfirst B
	 * = 0.4, body C = 0.2, PostgreSQL's default weights) times {@code 0.5 + 0.5 / (1 +
	 * age_in_days / 30)}. A story published today scores up to twice one from long ago
	 * (1.0 vs → 0.5; halfway there at 30 days), so fresh news rises, yet a headline match
	 * (five times a body match) still beats a body-only match of any age. Age counts from
	 * the search's {@code asOf} time, so every page of one search scores alike.
	 */
	private static final String SCORE = "cast(ts_rank_cd(c.search_vector, query.q) as float8)"
			+ " * (0.5 + 0.5 / (1 + greatest(0, extract(epoch from (cast(:now as timestamptz) - c.publish_at)))"
			+ " / 2592000.0))";

	private final EntityManager entityManager;

	SearchRepository(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Up to {@code limit} visible matches in the ranking's order (best first; ties newer
	 * first, then higher id), each row carrying the number of candidates: at most
	 * {@code candidates + 1}, so the caller can tell "more than {@code candidates}".
	 * @param page where the rows start: after or before a cursor, or at an offset
	 */
	List<SearchRow> search(String config, String text, SearchFilters filters, Instant asOf, int candidates, PageAt page,
			int limit) {
		Query query = searchQuery("", config, text, filters, asOf, candidates, page, limit);
		@SuppressWarnings("unchecked")
		List<Tuple> rows = query.getResultList();
		List<SearchRow> hits = rows.stream()
			.map((row) -> new SearchRow(((Number) row.get("id")).longValue(), row.get("slug", String.class),
					row.get("headline", String.class), toInstant(row.get("publish_at")),
					((Number) row.get("score")).doubleValue(), row.get("section_name", String.class),
					row.get("section_slug", String.class), ((Number) row.get("total")).longValue(),
					row.get("snippet", String.class)))
			.toList();
		if (page.before()) {
			List<SearchRow> reversed = new ArrayList<>(hits);
			Collections.reverse(reversed);
			return reversed;
		}
		return hits;
	}

	/**
	 * The plan of exactly the statement {@link #search} runs, e.g. {@code explain
	 * (analyze, buffers)}: SearchPlanTests and the benchmark print it.
	 */
	List<String> explain(String explain, String config, String text, SearchFilters filters, Instant asOf,
			int candidates, PageAt page, int limit) {
		planForTheseValues();
		@SuppressWarnings("unchecked")
		List<Object> lines = searchQuery(explain + " ", config, text, filters, asOf, candidates, page, limit)
			.getResultList();
		return lines.stream().map(String::valueOf).toList();
	}

	private Query searchQuery(String prefix, String config, String text, SearchFilters filters, Instant asOf,
			int candidates, PageAt page, int limit) {
		// The tsquery is written out here rather than taken from the "query" CTE: only a
		// value the planner can see lets it estimate from the lexeme statistics how many
		// stories match, which decides between walking the publish index (a common word)
		// and the GIN index (a rare one). Through the CTE it assumed a few hundred
		// matches
		// and took the GIN path for every word: 80 ms for "government" at 100,000
		// stories.
		StringBuilder where = new StringBuilder(
				"a.search_vector @@ websearch_to_tsquery(cast(:config as regconfig), :text) and " + Visibility.SQL);
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
		String keyset = "";
		if (page.cursor() != null) {
			keyset = " where (score, publish_at, id) " + (page.before() ? ">" : "<")
					+ " (:score, cast(:published as timestamptz), :id)";
		}
		String order = page.before() ? "score, publish_at, id" : "score desc, publish_at desc, id desc";
		// "candidates" is materialized, newest first, one more than is ranked so the page
		// can say "more than"; it carries the vector (a pointer, read when scored) but no
		// text. The page's rows then fetch their text by primary key for ts_headline.
		String sql = prefix + "with query as (select q, array(select (regexp_matches(querytree(q),"
				+ " '''([^'']+)''', 'g'))[1]) as stems"
				+ " from websearch_to_tsquery(cast(:config as regconfig), :text) as q),"
				+ " candidates as materialized (select a.id, a.publish_at, a.section_id, a.search_vector"
				+ " from article a" + sectionJoin + " where " + where
				+ " order by a.publish_at desc, a.id desc limit :candidates + 1),"
				+ " scored as (select c.id, c.publish_at, c.section_id, " + SCORE + " as score"
				+ " from (select * from candidates order by publish_at desc, id desc limit :candidates) c"
				+ " cross join query)," + " page as (select * from scored" + keyset + " order by " + order
				+ " limit :limit offset :offset)"
				+ " select page.id, t.slug, t.headline, page.publish_at, page.score, s.name as section_name,"
				+ " s.slug as section_slug, (select count(*) from candidates) as total,"
				+ " ts_headline(cast(:config as regconfig), translate(t.standfirst || ' — '"
				+ " || substr(body.text, greatest(1, body.first_match - " + SNIPPET_LEAD_CHARS + "), "
				+ SNIPPET_SOURCE_CHARS + "), :markers, ''), query.q, :options) as snippet"
				+ " from page join article t on t.id = page.id join section s on s.id = page.section_id"
				+ " cross join query cross join lateral (select coalesce(t.body_text, t.body_markdown) as text) b"
				+ " cross join lateral (select b.text, coalesce(min(nullif(strpos(lower(b.text), stem), 0)), 1)"
				+ " as first_match from unnest(query.stems) as stem) body" + " order by "
				+ (page.before() ? "page.score, page.publish_at, page.id"
						: "page.score desc, page.publish_at desc, page.id desc");
		Query query = (prefix.isEmpty() ? this.entityManager.createNativeQuery(sql, Tuple.class)
				: this.entityManager.createNativeQuery(sql))
			.setParameter("config", config)
			.setParameter("text", text)
			.setParameter("now", asOf)
			.setParameter("candidates", candidates)
			.setParameter("limit", limit)
			.setParameter("offset", page.offset())
			.setParameter("markers", START + STOP)
			.setParameter("options", OPTIONS);
		if (page.cursor() != null) {
			query.setParameter("score", page.cursor().score())
				.setParameter("published", page.cursor().publishAt())
				.setParameter("id", page.cursor().id());
		}
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
	 * For this transaction, plan every statement for its actual parameter values. The
	 * JDBC driver turns a statement run five times into a server-side prepared one, and
	 * PostgreSQL may then reuse a generic plan, made without knowing the words: the wrong
	 * one for either a common or a rare word (see {@link #searchQuery}).
	 */
	private void planForTheseValues() {
		this.entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
			.getSingleResult();
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

	/**
	 * Where a page starts: after a cursor (Next), before one (Previous: read backwards,
	 * then turned round), or, without a cursor, at an offset (page 1, and old
	 * {@code ?page=N} links).
	 */
	record PageAt(SearchCursor cursor, boolean before, int offset) {

		static PageAt offset(int offset) {
			return new PageAt(null, false, offset);
		}

		static PageAt after(SearchCursor cursor) {
			return new PageAt(cursor, false, 0);
		}

		static PageAt before(SearchCursor cursor) {
			return new PageAt(cursor, true, 0);
		}

	}

	record SearchRow(long id, String slug, String headline, Instant publishAt, double score, String sectionName,
			String sectionSlug, long total, String snippet) {
	}

}
