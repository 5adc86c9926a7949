package io.newsdesk.tag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.newsdesk.article.Article;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each tag's article count (the Related Articles rail's rarity weight) is kept by a
 * trigger at commit (V28). Two editors saving at the same moment, with the same tags
 * written in opposite orders, must both succeed, and the counts stay exact.
 */
@NewsdeskTest
class TagCountRaceTests {

	private static final int ROUNDS = 20;

	private static final int TAGS = 60;

	@Autowired
	TestData data;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void savesCommittingTogetherWithTagsInOppositeOrdersBothSucceedAndCountsStayExact() throws Exception {
		// Enough tags that two commits' count updates overlap in time.
		String[] names = IntStream.rangeClosed(1, TAGS).mapToObj((n) -> "Topic " + n).toArray(String[]::new);
		this.data.anArticle().withHeadline("Carries every tag").taggedWith(names).save();
		List<Long> tags = this.jdbc.queryForList("select id from tag order by id", Long.class);
		List<Long> reversed = new ArrayList<>(tags);
		Collections.reverse(reversed);
		Article first = this.data.anArticle().withHeadline("First").save();
		Article second = this.data.anArticle().withHeadline("Second").save();

		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				boolean tagging = round % 2 == 0;
				CyclicBarrier commitTogether = new CyclicBarrier(2);
				Future<?> one = threads.submit(() -> writeLinks(first.getId(), tags, tagging, commitTogether));
				Future<?> other = threads.submit(() -> writeLinks(second.getId(), reversed, tagging, commitTogether));
				one.get(30, TimeUnit.SECONDS);
				other.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(this.jdbc.queryForList("select t.name from tag t where t.article_count <> "
				+ "(select count(*) from article_tag l where l.tag_id = t.id)", String.class))
			.isEmpty();
		assertThat(this.jdbc.queryForList("select article_count from tag", Integer.class)).containsOnly(1);
	}

	/**
	 * Adds (or removes) the article's links one statement per tag, in the given order,
	 * then commits at the same moment as the other thread.
	 */
	private Void writeLinks(long articleId, List<Long> tagIds, boolean add, CyclicBarrier commitTogether)
			throws SQLException, Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			String sql = add ? "insert into article_tag (article_id, tag_id) values (?, ?)"
					: "delete from article_tag where article_id = ? and tag_id = ?";
			for (long tagId : tagIds) {
				try (PreparedStatement statement = connection.prepareStatement(sql)) {
					statement.setLong(1, articleId);
					statement.setLong(2, tagId);
					statement.executeUpdate();
				}
			}
			commitTogether.await(10, TimeUnit.SECONDS);
			connection.commit();
			connection.setAutoCommit(true);
		}
		return null;
	}

}
