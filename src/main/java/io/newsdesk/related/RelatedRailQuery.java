package io.newsdesk.related;

import java.time.Instant;
import java.util.List;

import io.newsdesk.article.Visibility;
import io.newsdesk.search.SearchProperties;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Repository;

/**
 * The rail's order in one hand-written SQL statement: the editor's visible picks in their
 * saved order, then ranked suggestions. {@link RelatedRail} loads the articles for these
 * ids. JPQL would not do: it has no {@code tsvector}/{@code tsquery}, cannot call
 * {@code ts_rank}, {@code websearch_to_tsquery} or {@code ln}, has no lateral joins to
 * bound the candidates per tag, and no {@code with} clauses to compute each tag's weight
 * once. The SQL goes through the JPA {@link EntityManager} so it joins the reader's
 * transaction and is counted with the page's other statements.
 *
 * <p>
 * A suggestion is a visible article, not the story itself nor one of its picks, found
 * among a bounded set of candidates: the {@value #CANDIDATES} highest-id articles of each
 * of the story's tags (ids grow with time, so these are the newest, read straight off
 * {@code article_tag_tag_idx} without touching the article table) and the
 * {@value #CANDIDATES} newest visible articles of its section. Text similarity only
 * re-ranks candidates, it never brings in a story that shares neither a tag nor the
 * section. Each candidate scores
 *
 * <pre>
 *   ( sum over shared tags of ln(1 + N / articles_with_tag)   -- rarer tags weigh more
 *   + 0.5 if in the same section                              -- less than any shared tag (ln 2)
 *   + 2 * ts_rank(candidate.search_vector, headline words OR-ed) )
 *   * (0.5 + 0.5 / (1 + age_in_days / 30))                    -- recency
 * </pre>
 *
 * N is the highest article id, a free stand-in for the article count (counting the table
 * is a full scan); a tag's article count stops at {@value #DF_CAP}, so a very common tag
 * costs one bounded index-only scan and weighs the least. Age is measured from now (the
 * injected clock), as on the search page: fresh coverage rises, but at most by a factor
 * of two, so a clearly more relevant older story still wins. Equal scores are broken by
 * publish time, newest first, then by id, highest first.
 */
@Repository
class RelatedRailQuery {

	static final int CANDIDATES = 200;

	static final int DF_CAP = 10000;

	private static final String VISIBLE = Visibility.SQL;

	private static final String SQL = "with me as (select a.id, a.section_id,"
			+ " websearch_to_tsquery(cast(:config as regconfig), regexp_replace(a.headline, '[^[:alnum:]]+', ' or ', 'g')) as q"
			+ " from article a where a.id = :articleId),"
			// The picks, once each (first position wins), never the story itself.
			+ " picks as (select distinct on (rl.related_article_id) rl.related_article_id as id, rl.position"
			+ " from related_link rl join article a on a.id = rl.related_article_id"
			+ " where rl.article_id = :articleId and rl.related_article_id <> :articleId and " + VISIBLE
			+ " order by rl.related_article_id, rl.position),"
			+ " n as (select cast(greatest(max(id), 1) as float8) as total from article),"
			+ " my_tags as (select mt.tag_id, ln(1 + n.total / greatest(df.articles, 1)) as idf"
			+ " from article_tag mt cross join n cross join lateral (select count(*) as articles from"
			+ " (select 1 from article_tag d where d.tag_id = mt.tag_id limit " + DF_CAP + ") capped) df"
			+ " where mt.article_id = :articleId),"
			+ " candidates as (select c.article_id as id from my_tags t cross join lateral"
			+ " (select ct.article_id from article_tag ct where ct.tag_id = t.tag_id"
			+ " order by ct.article_id desc limit " + CANDIDATES + ") c"
			+ " union select s.id from (select a.id from article a where a.section_id = (select section_id from me)"
			+ " and " + VISIBLE + " order by a.publish_at desc limit " + CANDIDATES + ") s),"
			+ " suggestions as (select a.id, a.publish_at,"
			+ " (coalesce((select sum(t.idf) from my_tags t join article_tag ct on ct.tag_id = t.tag_id"
			+ " and ct.article_id = a.id), 0)" + " + case when a.section_id = me.section_id then 0.5 else 0 end"
			+ " + 2 * cast(ts_rank(a.search_vector, me.q) as float8))"
			+ " * (0.5 + 0.5 / (1 + greatest(0, extract(epoch from (cast(:now as timestamptz) - a.publish_at)))"
			+ " / 2592000.0)) as score" + " from candidates c join article a on a.id = c.id cross join me where "
			+ VISIBLE + " and a.id <> :articleId and not exists (select 1 from related_link rl"
			+ " where rl.article_id = :articleId and rl.related_article_id = a.id))"
			+ " select rail.id from (select p.id, 0 as part, p.position as pos, cast(0 as float8) as score,"
			+ " cast(null as timestamptz) as publish_at from picks p"
			+ " union all select s.id, 1, 0, cast(s.score as float8), s.publish_at from suggestions s) rail"
			+ " order by rail.part, rail.pos, rail.score desc, rail.publish_at desc, rail.id desc limit :size";

	private final EntityManager entityManager;

	private final SearchProperties search;

	RelatedRailQuery(EntityManager entityManager, SearchProperties search) {
		this.entityManager = entityManager;
		this.search = search;
	}

	/** The ids of the rail of the article, in the rail's order, at most {@code size}. */
	List<Long> railIds(Long articleId, Instant now, int size) {
		@SuppressWarnings("unchecked")
		List<Object> ids = query(articleId, now, size).getResultList();
		return ids.stream().map((id) -> ((Number) id).longValue()).toList();
	}

	private Query query(Long articleId, Instant now, int size) {
		return this.entityManager.createNativeQuery(SQL)
			.setParameter("config", this.search.language())
			.setParameter("articleId", articleId)
			.setParameter("now", now)
			.setParameter("size", size);
	}

}
