package io.newsdesk.article;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills {@code article.body_text} for rows saved before it existed (migration V24 leaves
 * them null), once, at start-up, before the site serves: the plain text comes from the
 * stored HTML through {@link BodyText}, the same code every save uses, which SQL could
 * only approximate (entities, nested tags). Batches of {@value #BATCH} rows, each its own
 * transaction, so a large archive converts without one long lock and a restart carries on
 * where it stopped. Rows saved since V24 (and generated ones) already have their text, so
 * after the first start this is one look into an empty partial index (V24).
 */
@Component
@Order(0)
class BodyTextBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BodyTextBackfill.class);

	static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	BodyTextBackfill(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		long converted = 0;
		int done;
		do {
			done = this.transactions.execute((status) -> convertBatch());
			converted += done;
			if (done > 0 && converted % (BATCH * 20) == 0) {
				log.info("Body text: {} articles converted so far", converted);
			}
		}
		while (done == BATCH);
		if (converted > 0) {
			log.info("Body text: converted {} articles saved before body_text existed", converted);
		}
	}

	private int convertBatch() {
		List<Object[]> rows = this.jdbc.query(
				"select id, body_html from article where body_text is null order by id limit " + BATCH
						+ " for update skip locked",
				(row, n) -> new Object[] { BodyText.fromHtml(row.getString(2)), row.getLong(1) });
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("update article set body_text = ? where id = ?", rows);
		}
		return rows.size();
	}

}
