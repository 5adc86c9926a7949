package io.newsdesk.article.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many rows each article table holds: compared before and after a refused save to
 * prove nothing was half-written (a new tag without its article, say).
 */
final class RowCounts {

	private static final List<String> TABLES = List.of("article", "tag", "article_tag", "related_link",
			"article_revision");

	private RowCounts() {
	}

	static Map<String, Integer> of(JdbcTemplate jdbc) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

}
