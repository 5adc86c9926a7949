package io.newsdesk.related;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.newsdesk.article.CardRow;
import io.newsdesk.article.Visibility;
import io.newsdesk.search.SearchProperties;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Repository;

/**
 * The rail in one hand-written SQL statement: the editor's visible picks in their saved
 * order, then ranked suggestions, each with what its card shows (headline, standfirst,
 * section, date; {@link RelatedRail} adds the bylines in a second statement). JPQL would
 * not do: it has no {@code tsvector}/{@code tsquery}, cannot call {@code ts_rank},
 * {@code websearch_to_tsquery} or {@code ln}, has no lateral joins to bound the
 * candidates per tag, and no {@code with} clauses to compute each tag's weight once. The
 * SQL goes through the JPA {@link EntityManager} so it joins the reader's transaction and
 * is counted with the page's other statements.
 *
 * <p>
 * A suggestion is a visible article, not the story itself nor one of its picks nor one an
 * editor blocked for it ({@code related_block}), found among a bounded set of candidates:
 * the {@value #CANDIDATES} newest visible articles of each of the story's tags and the
 * {@value #CANDIDATES} newest visible articles of its section. Each candidate scores
 *
 * <pre>
 *   ( sum over shared tags of ln(1 + N / articles_with_tag)   -- rarer tags weigh more
 *   + 0.5 if in the same section                              -- less than any shared tag (ln 2)
 *   + 2 * ts_rank(candidate.search_vector, headline words OR-ed) )
 *   * (0.5 + 0.5 / (1 + age_in_days / 30))                    -- recency
 * </pre>
 *
 * N is the highest article id, a free stand-in for the article count (counting the table
 * is a full scan); each tag's article count is kept on the tag by a trigger (V28). Age is
 * measured from now (the injected clock), as on the search page: fresh coverage rises,
 * but at most by a factor of two, so a clearly more relevant older story still wins.
 * Equal scores are broken by publish time, newest first, then by id, highest first.
 * <p>
 * Why it stays fast at a million articles: the candidates come with their publish time
 * and section straight from {@code article_tag_public_idx} (V27, V28) and the section
 * index, and their shared tags from {@code article_tag}'s primary key, so ranking them by
 * tags, section and recency reads no article row but the section's newest, which every
 * story of the section shares. Only the best of those
 * ({@code newsdesk.related.text-shortlist}, 20 by default, at least twice the rail) read
 * their article row, for the text similarity, whose whole-body {@code tsvector} is the
 * costly part. Text similarity therefore re-orders the shortlist and never lifts a story
 * from below it. The benchmark checks what that costs: on 50 articles each of generated
 * archives of 10,000 to a million articles, every rail came out identical to ranking
 * every candidate by text (docs/performance.md). Those stories all share tags with
 * others; where stories share none, same-section candidates differ only by age before
 * text, so the shortlist holds the section's newest and an older story with closer
 * wording is not reached.
 * <p>
 * The same scoring, kept apart term by term, feeds the article form's list of suggestions
 * with their reasons ({@link #suggestions}): one statement too, the shared tags' names
 * read only for the few suggestions listed.
 */
@Repository
class RelatedRailQuery {

	static final int CANDIDATES = 100;

	private static final String VISIBLE = Visibility.SQL;

	private static final String VISIBLE_LINK = Visibility.TAG_LINK_SQL.replace("t.", "ct.");

	/**
	 * Separates tag names in one text column (a tag name never holds a control
	 * character).
	 */
	private static final String TAG_SEPARATOR = "\u001f";

	private static final String SCORING = "with me as (select a.id, a.section_id,"
			+ " websearch_to_tsquery(cast(:config as regconfig), regexp_replace(a.headline, '[^[:alnum:]]+', ' or ', 'g')) as q"
			+ " from article a where a.id = :articleId),"
			// The picks, once each (first position wins), never the story itself.
			+ " picks as (select distinct on (rl.related_article_id) rl.related_article_id as id, rl.position"
			+ " from related_link rl join article a on a.id = rl.related_article_id"
			+ " where rl.article_id = :articleId and rl.related_article_id <> :articleId and " + VISIBLE
			+ " order by rl.related_article_id, rl.position),"
			+ " n as (select cast(greatest(max(id), 1) as float8) as total from article),"
			+ " my_tags as (select mt.tag_id, ln(1 + n.total / greatest(tg.article_count, 1)) as idf"
			+ " from article_tag mt cross join n join tag tg on tg.id = mt.tag_id where mt.article_id = :articleId),"
			// Candidates with their publish time and section, from indexes only.
			+ " listed as (select c.article_id as id, c.publish_at, c.section_id from my_tags t cross join lateral"
			+ " (select ct.article_id, ct.publish_at, ct.section_id from article_tag ct where ct.tag_id = t.tag_id and "
			+ VISIBLE_LINK + " order by ct.publish_at desc, ct.article_id desc limit " + CANDIDATES + ") c"
			+ " union all select s.id, s.publish_at, s.section_id from (select a.id, a.publish_at, a.section_id"
			+ " from article a where a.section_id = (select section_id from me) and " + VISIBLE
			+ " order by a.publish_at desc limit " + CANDIDATES + ") s),"
			// Each term of the score on its own, so the form can say why a story is
			// there. Every shared tag counts, not only those whose list brought the
			// candidate in.
			+ " known as (select l.id, max(l.publish_at) as publish_at,"
			+ " cast(coalesce((select sum(t.idf) from my_tags t join article_tag ct on ct.tag_id = t.tag_id"
			+ " and ct.article_id = l.id), 0) as float8) as tag_score,"
			+ " cast(case when bool_or(l.section_id = (select section_id from me)) then 0.5 else 0 end as float8)"
			+ " as section_score"
			+ " from listed l where l.id <> :articleId and not exists (select 1 from related_link rl"
			+ " where rl.article_id = :articleId and rl.related_article_id = l.id)"
			+ " and not exists (select 1 from related_block rb"
			+ " where rb.article_id = :articleId and rb.blocked_article_id = l.id) group by l.id),"
			+ " shortlist as (select k.*, r.recency from known k cross join lateral (select cast(0.5 + 0.5 / (1 + greatest(0,"
			+ " extract(epoch from (cast(:now as timestamptz) - k.publish_at))) / 2592000.0) as float8) as recency) r"
			+ " order by (k.tag_score + k.section_score) * r.recency desc, k.publish_at desc, k.id desc limit :shortlist),"
			// Only the shortlist reads its article row, for the text and a last check.
			+ " terms as (select s.id, s.publish_at, s.tag_score, s.section_score,"
			+ " 2 * cast(ts_rank(a.search_vector, me.q) as float8) as text_score, s.recency"
			+ " from shortlist s join article a on a.id = s.id cross join me where " + VISIBLE + "),"
			+ " suggestions as (select t.*, (t.tag_score + t.section_score + t.text_score) * t.recency as score"
			+ " from terms t)";

	/*
	 * The rail, plus the earliest publish time of a pick still scheduled: the rail must
	 * change then, so its cached copy may not outlive it. The outer row exists even when
	 * the rail is empty.
	 */
	private static final String RAIL = SCORING + " select np.next_pick_at, r.id, ca.slug, ca.headline, ca.standfirst,"
			+ " ca.byline, ca.publish_at, cs.name, cs.slug from"
			+ " (select min(a.publish_at) as next_pick_at from related_link rl join article a on a.id = rl.related_article_id"
			+ " where rl.article_id = :articleId and a.status = 'PUBLISHED' and a.deleted_at is null"
			+ " and a.publish_at > :now) np left join lateral"
			+ " (select rail.* from (select p.id, 0 as part, p.position as pos, cast(0 as float8) as score,"
			+ " cast(null as timestamptz) as publish_at from picks p"
			+ " union all select s.id, 1, 0, s.score, s.publish_at from suggestions s) rail"
			+ " order by rail.part, rail.pos, rail.score desc, rail.publish_at desc, rail.id desc limit :size) r on true"
			// What the cards show, for the rail's few rows only, so showing the rail
			// needs no second read of its articles.
			+ " left join article ca on ca.id = r.id left join section cs on cs.id = ca.section_id"
			+ " order by r.part, r.pos, r.score desc, r.publish_at desc, r.id desc";

	private static final String SUGGESTIONS = SCORING
			+ " select top.id, top.headline, top.publish_at, top.tag_score, top.section_score, top.text_score,"
			+ " top.recency, top.score, (select string_agg(tg.name, chr(31) order by t.idf desc, tg.name)"
			+ " from my_tags t join article_tag ct on ct.tag_id = t.tag_id and ct.article_id = top.id"
			+ " join tag tg on tg.id = t.tag_id) as shared_tags"
			+ " from (select s.*, a.headline from suggestions s join article a on a.id = s.id"
			+ " order by s.score desc, s.publish_at desc, s.id desc limit :size) top"
			+ " order by top.score desc, top.publish_at desc, top.id desc";

	private final EntityManager entityManager;

	private final SearchProperties search;

	private final RelatedRailProperties properties;

	RelatedRailQuery(EntityManager entityManager, SearchProperties search, RelatedRailProperties properties) {
		this.entityManager = entityManager;
		this.search = search;
		this.properties = properties;
	}

	/** The ids of the rail of the article, in the rail's order, at most {@code size}. */
	List<Long> railIds(Long articleId, Instant now, int size) {
		return rail(articleId, now, size).ids();
	}

	/**
	 * The rail's ids in order, and when a pick now scheduled will join it (or
	 * {@code null}).
	 */
	RailIds rail(Long articleId, Instant now, int size) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = query(RAIL, articleId, now, size).getResultList();
		List<CardRow> cards = new ArrayList<>();
		Instant nextPick = null;
		for (Object[] row : rows) {
			nextPick = toInstant(row[0]);
			if (row[1] != null) {
				cards.add(new CardRow(((Number) row[1]).longValue(), (String) row[2], (String) row[3], (String) row[4],
						(String) row[5], toInstant(row[6]), (String) row[7], (String) row[8]));
			}
		}
		return new RailIds(List.copyOf(cards), nextPick);
	}

	/**
	 * The best {@code size} suggestions for the article with each term of their score,
	 * best first, in one statement.
	 */
	List<ScoredSuggestion> suggestions(Long articleId, Instant now, int size) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = query(SUGGESTIONS, articleId, now, size).getResultList();
		return rows.stream()
			.map((row) -> new ScoredSuggestion(((Number) row[0]).longValue(), (String) row[1], toInstant(row[2]),
					number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]),
					(row[8] != null) ? Arrays.asList(((String) row[8]).split(TAG_SEPARATOR)) : List.of()))
			.toList();
	}

	private Query query(String sql, Long articleId, Instant now, int size) {
		return this.entityManager.createNativeQuery(sql)
			.setParameter("config", this.search.language())
			.setParameter("articleId", articleId)
			.setParameter("now", now)
			.setParameter("size", size)
			.setParameter("shortlist", this.properties.textShortlistFor(size));
	}

	private static double number(Object value) {
		return (value != null) ? ((Number) value).doubleValue() : 0;
	}

	static Instant toInstant(Object value) {
		if (value == null || value instanceof Instant) {
			return (Instant) value;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		return ((Timestamp) value).toInstant();
	}

	/**
	 * The rail in order, with what its cards show, and {@code nextPickAt}: when a
	 * scheduled pick appears.
	 */
	record RailIds(List<CardRow> cards, Instant nextPickAt) {

		List<Long> ids() {
			return this.cards.stream().map(CardRow::id).toList();
		}

	}

	/**
	 * A suggestion with the terms of its score ({@code score} = (tags + section + text) ×
	 * recency) and the names of the tags it shares, rarest first.
	 */
	record ScoredSuggestion(long id, String headline, Instant publishAt, double tagScore, double sectionScore,
			double textScore, double recency, double score, List<String> sharedTags) {
	}

}
