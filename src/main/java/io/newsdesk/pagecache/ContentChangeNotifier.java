package io.newsdesk.pagecache;

import java.util.Set;
import java.util.stream.Collectors;

import io.newsdesk.article.PublicContentChanged;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns a content change into dropped pages here and on every other instance.
 * <p>
 * The NOTIFY goes out inside the change's own transaction, just before it commits:
 * PostgreSQL delivers notifications only when that transaction commits and drops them if
 * it rolls back, so other instances hear of exactly the changes that happened, even if
 * this process dies right after the commit (sending it from an after-commit hook would
 * lose it then). The local pages are dropped after the commit, never before: a reader
 * arriving in between would otherwise put the old page straight back. Events published
 * outside a transaction are handled at once. Other instances' NOTIFYs are heard by
 * {@link ContentChangeListener}.
 */
class ContentChangeNotifier {

	static final String CHANNEL = "newsdesk_content";

	/**
	 * PostgreSQL refuses payloads of 8000 bytes or more; past this a change is announced
	 * as site-wide.
	 */
	static final int MAX_PAYLOAD = 7900;

	private final ChangedArticles changedArticles;

	private final JdbcTemplate jdbc;

	private final String instanceId;

	ContentChangeNotifier(ChangedArticles changedArticles, JdbcTemplate jdbc, String instanceId) {
		this.changedArticles = changedArticles;
		this.jdbc = jdbc;
		this.instanceId = instanceId;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void notifyOtherInstances(PublicContentChanged event) {
		this.jdbc.query("select pg_notify(?, ?)", (row) -> {
		}, CHANNEL, payload(this.instanceId, event.articleIds()));
	}

	// Last among the after-commit listeners: pages are rebuilt from the other caches
	// (the rail cache), which must have dropped their entries first.
	@Order(Ordered.LOWEST_PRECEDENCE)
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void dropLocalPages(PublicContentChanged event) {
		this.changedArticles.dropPages(event.articleIds());
	}

	/**
	 * The sender (so it does not drop its own pages twice), then the article ids, none
	 * for a site-wide change: {@code "<instance> 12,15"}.
	 */
	static String payload(String instanceId, Set<Long> articleIds) {
		String ids = articleIds.stream().map(String::valueOf).collect(Collectors.joining(","));
		String payload = instanceId + " " + ids;
		return (payload.length() < MAX_PAYLOAD) ? payload : instanceId + " ";
	}

}
