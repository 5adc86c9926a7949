package io.newsdesk.pagecache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
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
 * Each page is stored with labels for what it shows, noted while it rendered
 * (io.newsdesk.article.ShownContent): {@code article:ID} for every story on it, and the
 * lists it is a page of or draws from ({@code front}, {@code section:ID}, {@code tag:ID},
 * {@code author:ID}). A change to some articles drops the pages carrying any label of
 * theirs ({@link #invalidate(Collection)}, labels worked out by {@link ChangedArticles});
 * a page dropped for showing a story also drops the other pages of its lists, since
 * removing one story shifts the pages after it. A page that noted nothing carries
 * {@link #ANY} and goes with every change. Site-wide changes empty it whole
 * ({@link #invalidate()}).
 * <p>
 * The pages also change by themselves when the clock passes the next scheduled publish
 * time or midnight in the site's zone (the masthead date): entries are kept only until
 * the earlier of the two, so a scheduled story appears on time even with the cache warm.
 * That drop is whole, not precise: it happens at most a few times a day.
 * <p>
 * Served by {@link PageCacheFilter} and {@link AnonymousHitFilter}; emptied by
 * {@link ContentChangeNotifier} (this instance's saves) and {@link ContentChangeListener}
 * (other instances' saves). Constructed with {@code storing=false}
 * (NEWSDESK_CACHE_ENABLED is false) it keeps nothing, and pages still get their
 * validators.
 */
public class PageCache {

	private static final Logger log = LoggerFactory.getLogger(PageCache.class);

	/** How soon to retry when the next publish time could not be read. */
	private static final Duration RETRY_SCHEDULE = Duration.ofSeconds(5);

	/** The label of pages that noted nothing they show: every change drops them. */
	static final String ANY = "any";

	/** How many recent drops are remembered for renders still in flight. */
	private static final int REMEMBERED_DROPS = 1024;

	private final Cache<String, CachedPage> pages;

	private final boolean storing;

	/** Label to the keys of the pages carrying it. */
	private final ConcurrentHashMap<String, Set<String>> keysByLabel = new ConcurrentHashMap<>();

	/**
	 * The latest precise drops, newest last. A page whose render began before one of them
	 * that touches its labels is not stored: it may have read the database just before
	 * the change committed.
	 */
	private final Deque<Drop> recentDrops = new ConcurrentLinkedDeque<>();

	private final AtomicLong drops = new AtomicLong();

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
		this(true, maxBytes, articles, clock, zone, transactionManager, List.of());
	}

	PageCache(boolean storing, long maxBytes, ArticleRepository articles, Clock clock, ZoneId zone,
			PlatformTransactionManager transactionManager, List<UpcomingChanges> upcomingChanges) {
		this.storing = storing;
		this.upcomingChanges = List.copyOf(upcomingChanges);
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.<String, CachedPage>weigher((key, page) -> key.length() * 2 + page.weight())
			// On the removing thread, so the index is tidy when invalidate returns.
			.executor(Runnable::run)
			.removalListener(this::unindex)
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

	/** Where a render begins, to tell later whether a change overtook it. */
	record Stamp(long generation, long drops) {
	}

	private record Drop(long sequence, Set<String> labels) {
	}

	boolean isStoring() {
		return this.storing;
	}

	CachedPage get(String key) {
		if (!this.storing) {
			return null;
		}
		long current = currentGeneration();
		CachedPage page = this.pages.getIfPresent(key);
		return (page != null && page.stamp().generation() == current) ? page : null;
	}

	/** Call before rendering a page that may be stored. */
	Stamp stamp() {
		return new Stamp(currentGeneration(), this.drops.get());
	}

	void put(String key, CachedPage page) {
		if (!this.storing || page.stamp().generation() != this.generation.get()) {
			return;
		}
		// Indexed before it is visible, and checked against the drops after: a drop
		// running meanwhile either finds it in the index or is found here. Indexed again
		// after: the removal of an older page under this key may have just unindexed it.
		index(key, page);
		this.pages.put(key, page);
		index(key, page);
		if (droppedSince(page.stamp().drops(), page.labels()) || page.stamp().generation() != this.generation.get()) {
			this.pages.asMap().remove(key, page);
		}
	}

	private void index(String key, CachedPage page) {
		for (String label : page.labels()) {
			this.keysByLabel.computeIfAbsent(label, (any) -> ConcurrentHashMap.newKeySet()).add(key);
		}
	}

	/**
	 * Drops the pages carrying any of these labels (and pages that noted nothing), and
	 * the other pages of the lists those pages belong to.
	 */
	public void invalidate(Collection<String> labels) {
		Set<String> dropping = new HashSet<>(labels);
		dropping.add(ANY);
		for (String key : keysFor(dropping)) {
			CachedPage page = this.pages.getIfPresent(key);
			if (page != null) {
				dropping.addAll(page.listings());
			}
		}
		remember(dropping);
		this.pages.invalidateAll(keysFor(dropping));
		rescheduleExpiry();
	}

	/** A change may have scheduled a story, or moved one: work the window out again. */
	private synchronized void rescheduleExpiry() {
		Instant now = this.clock.instant();
		if (this.validUntil != null && (now.isBefore(this.validFrom) || !now.isBefore(this.validUntil))) {
			// Already past the window: the next reader's renew() empties the cache.
			return;
		}
		this.validFrom = now;
		this.validUntil = nextChange(now);
	}

	private synchronized void remember(Set<String> labels) {
		long sequence = this.drops.incrementAndGet();
		this.recentDrops.addLast(new Drop(sequence, Set.copyOf(labels)));
		while (this.recentDrops.peekFirst().sequence() <= sequence - REMEMBERED_DROPS) {
			this.recentDrops.pollFirst();
		}
	}

	private boolean droppedSince(long sequence, Set<String> labels) {
		if (this.drops.get() == sequence) {
			return false;
		}
		Drop oldest = this.recentDrops.peekFirst();
		if (oldest == null || oldest.sequence() > sequence + 1) {
			// So many changes since it began that they are no longer all known.
			return true;
		}
		for (Drop drop : this.recentDrops) {
			if (drop.sequence() > sequence && !Collections.disjoint(drop.labels(), labels)) {
				return true;
			}
		}
		return false;
	}

	private Set<String> keysFor(Set<String> labels) {
		Set<String> keys = new HashSet<>();
		for (String label : labels) {
			Set<String> found = this.keysByLabel.get(label);
			if (found != null) {
				keys.addAll(found);
			}
		}
		return keys;
	}

	private void unindex(String key, CachedPage page, RemovalCause cause) {
		if (key == null || page == null) {
			return;
		}
		for (String label : page.labels()) {
			this.keysByLabel.computeIfPresent(label, (any, keys) -> {
				keys.remove(key);
				return keys.isEmpty() ? null : keys;
			});
		}
		// A newer page under the same key (a replacement, or one stored meanwhile) keeps
		// its entries.
		CachedPage current = this.pages.asMap().get(key);
		if (current != null) {
			index(key, current);
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
	 * Content changed somewhere, or anywhere: forget every page, and work out the next
	 * scheduled publish time now rather than on a reader's request.
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
