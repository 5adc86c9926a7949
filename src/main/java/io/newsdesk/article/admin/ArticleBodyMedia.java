package io.newsdesk.article.admin;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which library images each article body places (table article_body_media), kept by
 * ArticleEditor on every save and read by BodyImageRefresher when an image's text
 * changes. Plain SQL: it is an index beside the article, not part of its entity (a change
 * here must never bump the article's version and trip an editor's conflict check).
 */
@Component
class ArticleBodyMedia {

	private final JdbcTemplate jdbc;

	ArticleBodyMedia(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(long articleId, Set<Long> mediaIds) {
		this.jdbc.update("delete from article_body_media where article_id = ?", articleId);
		if (!mediaIds.isEmpty()) {
			this.jdbc.batchUpdate("insert into article_body_media (article_id, media_id) values (?, ?)",
					mediaIds.stream().map((mediaId) -> new Object[] { articleId, mediaId }).toList());
		}
	}

	/**
	 * The articles whose stored body shows the image, locked until the transaction ends.
	 */
	List<BodySource> placing(long mediaId) {
		return this.jdbc.query(
				"select a.id, a.body_markdown from article a join article_body_media r on r.article_id = a.id "
						+ "where r.media_id = ? order by a.id for update of a",
				(row, n) -> new BodySource(row.getLong(1), row.getString(2)), mediaId);
	}

	/** The articles that feature the image; their pages read it live. */
	List<Long> featuring(long mediaId) {
		return this.jdbc.queryForList("select id from article where featured_media_id = ?", Long.class, mediaId);
	}

	void storeRenderedBody(long articleId, String bodyHtml) {
		this.jdbc.update("update article set body_html = ? where id = ?", bodyHtml, articleId);
	}

	record BodySource(long articleId, String markdown) {
	}

}
