package io.newsdesk.pagecache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.article.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rendered public pages of this instance, bounded by bytes (Caffeine's admission policy
 * also keeps a burst of one-off pages from pushing out the hot ones).
 * <p>
 * Any content change empties it whole ({@link #invalidate()}): a publish touches the
 * front page, its section and tag pages and other articles' Related rails, so precise
 * dependency tracking would be a lot of bookkeeping for little gain while a cold page
 * renders in milliseconds; it can come later. The pages also change by themselves when
 * the clock passes the next scheduled publish time or midnight in the site's zone (the
 * masthead date): entries are kept only until the earlier of the two, so a scheduled
 * story appears on time even with the cache warm.
 * <p>
 * Served by {@link PageCacheFilter}; emptied by {@link ContentChangeNotifier} (this
 * instance's saves) and {@link ContentChangeListener} (other instances' saves).
 */
public class PageCache {

	private static final Logger log = LoggerFactory.getLogger(PageCache.class);

	/** How soon to retry when the next publish time could not be read. */
	private static final Duration RETRY_SCHEDULE = Duration.ofSeconds(5);

	private final Cache<String, CachedPage> pages;

	private final ArticleRepository articles;

	private final Clock clock;

	private final ZoneId zone;

	/**
	 * Bumped on every invalidation. A page is stored with the generation its rendering
	 * began in and ignored once that has moved on, so a render that read the database
	 * just before a change committed cannot leave a stale page behind after the clear.
	 */
	private final AtomicLong generation = new AtomicLong();

	/** Pages are valid while the clock is before this; null until first worked out. */
	private volatile Instant validUntil;

	/**
	 * When {@link #validUntil} was worked out: a clock set back before it (an operator
	 * fixing the time, a test) also ends the window.
	 */
	private volatile Instant validFrom = Instant.MIN;

	private final TransactionTemplate readOnlyTransaction;

	/** Other times pages change by themselves (pins and banners expiring). */
	private final List<UpcomingChanges> upcomingChanges;

	PageCache(long maxBytes, ArticleRepository articles, Clock clock, ZoneId zone,
			PlatformTransactionManager transactionManager) {
		this(maxBytes, articles, clock, zone, transactionManager, List.of());
	}

	PageCache(long maxBytes, ArticleRepository articles, Clock clock, ZoneId zone,
			PlatformTransactionManager transactionManager, List<UpcomingChanges> upcomingChanges) {
		this.upcomingChanges = List.copyOf(upcomingChanges);
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.<String, CachedPage>weigher((key, page) -> key.length() * 2 + page.weight())
			.build();
		this.articles = articles;
		this.clock = clock;
		this.zone = zone;
		// Its own transaction: invalidate() runs in after-commit callbacks, where the
		// finished transaction must not be joined.
		this.readOnlyTransaction = new TransactionTemplate(transactionManager);
		this.readOnlyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnlyTransaction.setReadOnly(true);
	}

	CachedPage get(String key) {
		long current = currentGeneration();
		CachedPage page = this.pages.getIfPresent(key);
		return (page != null && page.generation() == current) ? page : null;
	}

	void put(String key, CachedPage page) {
		if (page.generation() == this.generation.get()) {
			this.pages.put(key, page);
		}
	}

	/**
	 * The generation a render starting now belongs to; starts a new one first when the
	 * clock has passed the validity window.
	 */
	long currentGeneration() {
		Instant until = this.validUntil;
		Instant now = this.clock.instant();
		if (until == null || !now.isBefore(until) || now.isBefore(this.validFrom)) {
			renew(now);
		}
		return this.generation.get();
	}

	/**
	 * Content changed somewhere: forget every page, and work out the next scheduled
	 * publish time now rather than on a reader's request.
	 */
	public synchronized void invalidate() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
		Instant now = this.clock.instant();
		this.validFrom = now;
		this.validUntil = nextChange(now);
	}

	public long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	private synchronized void renew(Instant now) {
		Instant until = this.validUntil;
		boolean clockWentBack = now.isBefore(this.validFrom);
		if (until != null && now.isBefore(until) && !clockWentBack) {
			return;
		}
		if (until != null) {
			// The clock passed a scheduled publish time or midnight, or was set back:
			// every page may be out of date.
			this.generation.incrementAndGet();
			this.pages.invalidateAll();
		}
		this.validFrom = now;
		this.validUntil = nextChange(now);
	}

	private Instant nextChange(Instant now) {
		Instant midnight = now.atZone(this.zone).toLocalDate().plusDays(1).atStartOfDay(this.zone).toInstant();
		try {
			Optional<Instant> nextPublish = this.readOnlyTransaction
				.execute((status) -> earliest(this.articles.findNextScheduledPublishAfter(now), now));
			// A microsecond early: PostgreSQL keeps microseconds and rounds the clock's
			// nanoseconds when comparing, so at the instant itself the story may already
			// count as visible there.
			return nextPublish.map((publishAt) -> publishAt.minus(1, ChronoUnit.MICROS))
				.filter((until) -> until.isBefore(midnight))
				.orElse(midnight);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the next scheduled publish time, trying again soon: {}", ex.toString());
			return now.plus(RETRY_SCHEDULE);
		}
	}

	/** The earlier of the next publish time and the other upcoming changes. */
	private Optional<Instant> earliest(Optional<Instant> nextPublish, Instant now) {
		Optional<Instant> earliest = nextPublish;
		for (UpcomingChanges source : this.upcomingChanges) {
			Optional<Instant> next = source.nextChangeAfter(now);
			if (next.isPresent() && (earliest.isEmpty() || next.get().isBefore(earliest.get()))) {
				earliest = next;
			}
		}
		return earliest;
	}

}
