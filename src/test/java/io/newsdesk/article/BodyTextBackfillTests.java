package io.newsdesk.article;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles saved before {@code body_text} existed get their plain text at start-up, and
 * until then search still finds their words (the vector falls back to the Markdown).
 */
@NewsdeskTest
class BodyTextBackfillTests {

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BodyTextBackfill backfill;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void rowsWithoutPlainTextAreConvertedFromTheirHtml() {
		Article article = this.data.anArticle()
			.withHeadline("Ferry timetable")
			.withBody("Boats leave **every hour** from [the pier](https://example.org/pier) &amp; the quay.")
			.save();
		// As V24 leaves a row saved before it.
		this.jdbc.update("update article set body_text = null where id = ?", article.getId());
		assertThat(matches("pier")).isOne();

		this.backfill.run(null);

		assertThat(
				this.jdbc.queryForObject("select body_text from article where id = ?", String.class, article.getId()))
			.isEqualTo("Boats leave every hour from the pier & the quay.");
		assertThat(matches("pier")).isOne();
		assertThat(matches("example.org")).isZero();
	}

	private long matches(String word) {
		return this.jdbc.queryForObject(
				"select count(*) from article where search_vector @@ plainto_tsquery('english', ?)", Long.class, word);
	}

}
