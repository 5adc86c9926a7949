package io.newsdesk.pagecache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.newsdesk.article.RemoteContentChanged;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Listens for other instances' content changes ({@code LISTEN newsdesk_content}, sent by
 * {@link ContentChangeNotifier}) and drops the pages of this instance they touch, so
 * nodes sharing one database agree within about a second. Each change is also published
 * here as a {@link RemoteContentChanged} event, for this instance's other caches.
 * <p>
 * It holds one dedicated connection of its own, outside the Hikari pool (a LISTEN
 * connection is never returned, and would quietly shrink the pool), on a small daemon
 * thread polling the driver every half second. When the connection breaks (database
 * restart, failover) it reconnects with back-off, 1 s doubling to 30 s, and empties the
 * cache (and announces a site-wide change) on every (re)connect because notifications
 * sent while it was away are lost. As a SmartLifecycle it starts after the application is
 * up and stops, interrupting and joining the thread, before the DataSource closes.
 */
class ContentChangeListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentChangeListener.class);

	/** How the connection shows in pg_stat_activity. */
	static final String APPLICATION_NAME = "newsdesk-page-cache-listener";

	private static final int POLL_MILLIS = 500;

	private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	private static final Duration LAST_RETRY = Duration.ofSeconds(30);

	/** A half-open TCP connection raises nothing: check the line is alive this often. */
	private static final Duration LIVENESS_CHECK = Duration.ofSeconds(20);

	private final DataSource dataSource;

	private final PageCache cache;

	private final ChangedArticles changedArticles;

	private final ApplicationEventPublisher events;

	private final String instanceId;

	private volatile boolean running;

	private volatile boolean listening;

	private Thread thread;

	ContentChangeListener(DataSource dataSource, PageCache cache, ChangedArticles changedArticles,
			ApplicationEventPublisher events, String instanceId) {
		this.dataSource = dataSource;
		this.cache = cache;
		this.changedArticles = changedArticles;
		this.events = events;
		this.instanceId = instanceId;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.thread = new Thread(this::run, "newsdesk-content-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(Duration.ofSeconds(5).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Whether the LISTEN is currently in place (for health checks and tests). */
	boolean isListening() {
		return this.listening;
	}

	private void run() {
		Duration retry = FIRST_RETRY;
		while (this.running) {
			try (Connection connection = openDedicatedConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + ContentChangeNotifier.CHANNEL);
				}
				this.listening = true;
				// Other caches first (the rail cache feeds article pages), so a page
				// rendered right after the drop is not built from their stale entries.
				this.events.publishEvent(new RemoteContentChanged(Set.of()));
				this.cache.invalidate();
				retry = FIRST_RETRY;
				listen(connection);
			}
			catch (SQLException ex) {
				if (this.running) {
					log.warn("Page cache lost its LISTEN connection ({}); reconnecting in {} s", ex.getMessage(),
							retry.toSeconds());
				}
			}
			finally {
				this.listening = false;
			}
			if (this.running && !sleep(retry)) {
				break;
			}
			retry = (retry.compareTo(LAST_RETRY.dividedBy(2)) <= 0) ? retry.multipliedBy(2) : LAST_RETRY;
		}
	}

	private void listen(Connection connection) throws SQLException {
		PGConnection postgres = connection.unwrap(PGConnection.class);
		long nextCheck = System.nanoTime() + LIVENESS_CHECK.toNanos();
		while (this.running && !Thread.currentThread().isInterrupted()) {
			PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
			if (notifications != null) {
				Optional<Set<Long>> changed = changedElsewhere(notifications);
				if (changed.isPresent()) {
					this.events.publishEvent(new RemoteContentChanged(changed.get()));
					this.changedArticles.dropPages(changed.get());
				}
			}
			if (System.nanoTime() - nextCheck > 0) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("select 1");
				}
				nextCheck = System.nanoTime() + LIVENESS_CHECK.toNanos();
			}
		}
	}

	/**
	 * The articles other instances changed, all together; an empty set for a site-wide
	 * change (or a payload it cannot read); nothing when every notification was its own.
	 */
	Optional<Set<Long>> changedElsewhere(PGNotification[] notifications) {
		Set<Long> changed = new HashSet<>();
		boolean any = false;
		for (PGNotification notification : notifications) {
			String payload = notification.getParameter();
			int space = payload.indexOf(' ');
			String sender = (space < 0) ? payload : payload.substring(0, space);
			if (this.instanceId.equals(sender)) {
				continue;
			}
			any = true;
			Set<Long> ids = (space < 0) ? Set.of() : articleIds(payload.substring(space + 1));
			if (ids.isEmpty()) {
				return Optional.of(Set.of());
			}
			changed.addAll(ids);
		}
		return any ? Optional.of(changed) : Optional.empty();
	}

	private static Set<Long> articleIds(String list) {
		Set<Long> ids = new HashSet<>();
		for (String id : list.split(",")) {
			try {
				ids.add(Long.parseLong(id.strip()));
			}
			catch (NumberFormatException ex) {
				return Set.of();
			}
		}
		return ids;
	}

	private Connection openDedicatedConnection() throws SQLException {
		if (this.dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			Properties properties = new Properties();
			if (hikari.getUsername() != null) {
				properties.setProperty("user", hikari.getUsername());
			}
			if (hikari.getPassword() != null) {
				properties.setProperty("password", hikari.getPassword());
			}
			properties.setProperty("ApplicationName", APPLICATION_NAME);
			return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
		}
		return this.dataSource.getConnection();
	}

	private static boolean sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
