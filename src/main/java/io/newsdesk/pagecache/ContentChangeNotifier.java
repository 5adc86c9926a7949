package io.newsdesk.pagecache;

import io.newsdesk.article.PublicContentChanged;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns a content change into an empty page cache here and on every other instance.
 * <p>
 * The NOTIFY goes out inside the change's own transaction, just before it commits:
 * PostgreSQL delivers notifications only when that transaction commits and drops them if
 * it rolls back, so other instances hear of exactly the changes that happened, even if
 * this process dies right after the commit (sending it from an after-commit hook would
 * lose it then). The local cache is emptied after the commit, never before: a reader
 * arriving in between would otherwise put the old page straight back. Events published
 * outside a transaction are handled at once. Other instances' NOTIFYs are heard by
 * {@link ContentChangeListener}.
 */
class ContentChangeNotifier {

	static final String CHANNEL = "newsdesk_content";

	private final PageCache cache;

	private final JdbcTemplate jdbc;

	private final String instanceId;

	ContentChangeNotifier(PageCache cache, JdbcTemplate jdbc, String instanceId) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.instanceId = instanceId;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void notifyOtherInstances(PublicContentChanged event) {
		// The payload names the sender, so it does not empty its own cache twice.
		this.jdbc.query("select pg_notify(?, ?)", (row) -> {
		}, CHANNEL, this.instanceId);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void clearLocalCache(PublicContentChanged event) {
		this.cache.invalidate();
	}

}
