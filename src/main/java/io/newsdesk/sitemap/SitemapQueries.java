package io.newsdesk.sitemap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.newsdesk.article.Visibility;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The sitemaps' reads, in SQL rather than JPQL: the index groups articles into id blocks
 * by an output-column alias, and the file queries are streamed row by row (a server-side
 * cursor: fetch size set, inside the caller's read-only transaction) straight into the
 * response, so a million-article site never holds a million entities or DTOs. Every query
 * over articles includes {@link Visibility#SQL}.
 */
@Repository
class SitemapQueries {

	private static final int FETCH_SIZE = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	SitemapQueries(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	/** One row of a sitemap: a path and when it last changed (may be null). */
	record Entry(String path, Instant lastModified) {
	}

	/** One article sitemap file: its number (from 1) and its newest change. */
	record ArticleFile(int number, Instant lastModified) {
	}

	/** A story for the Google News sitemap. */
	record NewsEntry(String path, String headline, Instant publishedAt) {
	}

	/** Callback for streamed rows; may throw what the writer throws. */
	interface RowConsumer<T> {

		void accept(T row) throws Exception;

	}

	/**
	 * The article files the index lists. File n holds the visible articles whose id lies
	 * in the n-th block of {@code size} ids: never more than {@code size} URLs, read by a
	 * primary-key range rather than an ever-growing OFFSET, and an article stays in the
	 * same file for good, so publishing or withdrawing one story changes one file's
	 * lastmod, not every file after it. Blocks with no visible article are not listed.
	 */
	List<ArticleFile> articleFiles(Instant now, int size) {
		String sql = "select (a.id - 1) / :size + 1 as number, max(a.updated_at) as last_modified"
				+ " from article a where " + Visibility.SQL + " group by number order by number";
		return this.jdbc.query(sql, Map.of("now", at(now), "size", size),
				(rs, row) -> new ArticleFile(rs.getInt("number"), instant(rs, "last_modified")));
	}

	/**
	 * Streams file {@code number} (from 1): the id block {@link #articleFiles} counts.
	 */
	void forEachArticle(Instant now, int number, int size, RowConsumer<Entry> consumer) {
		String sql = "select a.slug, a.updated_at from article a where " + Visibility.SQL
				+ " and a.id > :after and a.id <= :upTo order by a.id";
		stream(sql, Map.of("now", at(now), "after", (long) (number - 1) * size, "upTo", (long) number * size),
				(rs) -> new Entry("/articles/" + rs.getString("slug"), instant(rs, "updated_at")), consumer);
	}

	/**
	 * Section pages (all of them: an empty section still has a page), the pages of tags
	 * that have a visible story (the others answer 404) and of authors who have one (the
	 * others' pages are empty), each with its newest visible change. Capped at
	 * {@code limit} rows.
	 */
	void forEachListingPage(Instant now, int limit, RowConsumer<Entry> consumer) {
		String sql = "select path, last_modified from ("
				+ " select 0 as kind, s.position as position, s.slug as slug, '/sections/' || s.slug as path,"
				+ " max(a.updated_at) as last_modified from section s left join article a on a.section_id = s.id and "
				+ Visibility.SQL + " group by s.id" + " union all"
				+ " select 1, 0, t.slug, '/tags/' || t.slug, max(a.updated_at) from tag t"
				+ " join article_tag at on at.tag_id = t.id join article a on a.id = at.article_id and "
				+ Visibility.SQL + " group by t.id" + " union all"
				+ " select 2, 0, p.slug, '/authors/' || p.slug, max(a.updated_at) from author_profile p"
				+ " join article_author aa on aa.staff_user_id = p.staff_user_id join article a on a.id = aa.article_id and "
				+ Visibility.SQL
				+ " group by p.staff_user_id, p.slug) pages order by kind, position, slug limit :limit";
		stream(sql, Map.of("now", at(now), "limit", limit),
				(rs) -> new Entry(rs.getString("path"), instant(rs, "last_modified")), consumer);
	}

	/** The newest visible change anywhere: the front page's lastmod. */
	Instant newestChange(Instant now) {
		return this.jdbc
			.query("select max(a.updated_at) as last_modified from article a where " + Visibility.SQL,
					Map.of("now", at(now)), (rs, row) -> instant(rs, "last_modified"))
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * Visible stories published after {@code since}, newest first, at most {@code limit}.
	 */
	void forEachNews(Instant now, Instant since, int limit, RowConsumer<NewsEntry> consumer) {
		String sql = "select a.slug, a.headline, a.publish_at from article a where " + Visibility.SQL
				+ " and a.publish_at > :since order by a.publish_at desc, a.id desc limit :limit";
		stream(sql, Map.of("now", at(now), "since", at(since), "limit", limit),
				(rs) -> new NewsEntry("/articles/" + rs.getString("slug"), rs.getString("headline"),
						instant(rs, "publish_at")),
				consumer);
	}

	private <T> void stream(String sql, Map<String, Object> params, RowReader<T> reader, RowConsumer<T> consumer) {
		this.jdbc.query(sql, params, (ResultSet rs) -> {
			try {
				consumer.accept(reader.read(rs));
			}
			catch (SQLException | RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new SitemapWriteException(ex);
			}
		});
	}

	private interface RowReader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/** Writing a streamed row failed (typically: the client went away). */
	static class SitemapWriteException extends RuntimeException {

		SitemapWriteException(Exception cause) {
			super(cause);
		}

	}

}
