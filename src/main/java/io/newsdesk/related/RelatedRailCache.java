package io.newsdesk.related;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.article.ArticleCard;
import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.article.RemoteContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Computed Related Articles rails by article id, as the cards readers see, so a warm
 * article page runs no rail statement at all. Bounded in number
 * ({@code newsdesk.related.cache-size}); filled by {@link RelatedRail}.
 * <p>
 * Dropped precisely when what a rail shows changes: a change to article X (edit, publish,
 * unpublish, delete, purge, a block or a pick on it) drops X's own rail and every rail
 * showing X, and also the rails X may now join: those of articles sharing a tag with X,
 * and those with room left in X's section. Each entry carries the ids it shows and a
 * change scans the entries: with at most a few changes a second and ten ids a rail, a
 * scan of even 10,000 rails costs a millisecond, where a reverse index (shown id → rails)
 * would have to be kept in step with Caffeine's own evictions and with concurrent fills,
 * a source of subtle stale entries for no noticeable gain. A site-wide change (an
 * author's name in every byline, a bulk load) clears everything.
 * <p>
 * What no event can announce is bounded by time, measured on the injected clock: a newly
 * published story that would now rank as a suggestion joins within
 * {@code newsdesk.related.cache-ttl}; a pick that is still scheduled ends the entry at
 * its publish time, so it appears on time; and a clock set back before an entry was
 * computed ends it too. A rail never shows an article not visible when it was computed,
 * and the only ways a visible article stops being visible (unpublish, delete, an edited
 * publish time) are changes, which drop it.
 * <p>
 * Other instances' changes arrive by PostgreSQL NOTIFY in io.newsdesk.pagecache; its
 * listener can call {@link #evict} or {@link #clear}.
 */
@Component
public class RelatedRailCache {

	private static final Logger log = LoggerFactory.getLogger(RelatedRailCache.class);

	private final Cache<Long, CachedRail> rails;

	private final RelatedRailProperties properties;

	/**
	 * Bumped by every eviction. A rail is stored only if none happened since its
	 * computation began, so a rail read just before a change committed is not put back
	 * after the change dropped it.
	 */
	private long changes;

	private final RailNeighbourhoods neighbourhoods;

	RelatedRailCache(RelatedRailProperties properties, RailNeighbourhoods neighbourhoods) {
		this.properties = properties;
		this.neighbourhoods = neighbourhoods;
		this.rails = Caffeine.newBuilder().maximumSize(properties.cacheSize()).build();
	}

	/** The cached rail of the article if it is still good at {@code now}. */
	Optional<CachedRail> get(long articleId, Instant now) {
		CachedRail rail = this.rails.getIfPresent(articleId);
		return (rail != null && rail.isValidAt(now)) ? Optional.of(rail) : Optional.empty();
	}

	/** Call before reading the database for a rail; pass the result to {@link #put}. */
	synchronized long beginComputing() {
		return this.changes;
	}

	/**
	 * @param story what the rail's own article is about: a change to an article sharing a
	 * tag with it may bring that article into the rail
	 * @param computedAt the clock when the rail was read
	 * @param nextPickAt when a scheduled pick will join the rail, or {@code null}
	 */
	synchronized void put(long articleId, List<ArticleCard> cards, Set<Long> shownIds, Neighbourhood story,
			boolean full, Instant computedAt, Instant nextPickAt, long begun) {
		if (begun != this.changes || this.properties.cacheSize() == 0) {
			return;
		}
		Instant until = computedAt.plus(this.properties.cacheTtl());
		// A microsecond early: PostgreSQL keeps microseconds and rounds the clock's
		// nanoseconds, so at the instant itself the pick may already be visible there.
		Instant pickLive = (nextPickAt != null) ? nextPickAt.minus(1, ChronoUnit.MICROS) : null;
		if (pickLive != null && pickLive.isBefore(until)) {
			until = pickLive;
		}
		this.rails.put(articleId,
				new CachedRail(List.copyOf(cards), Set.copyOf(shownIds), story, full, computedAt, until));
	}

	/**
	 * Drops the rails of these articles, every rail showing one of them, and every rail
	 * one of them may now join: rails of articles sharing a tag with one, and rails with
	 * room left in the section of one. For other instances' changes too. Reads the
	 * articles' tags and sections (one statement, in a transaction of its own: this runs
	 * after the change's commit); if that fails, clears everything.
	 */
	public void evict(Set<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return;
		}
		Neighbourhood changed;
		try {
			changed = this.neighbourhoods.of(articleIds);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the changed articles' tags, dropping every rail: {}", ex.toString());
			clear();
			return;
		}
		synchronized (this) {
			this.changes++;
			this.rails.invalidateAll(articleIds);
			this.rails.asMap().values().removeIf((rail) -> rail.isAffectedBy(articleIds, changed));
		}
	}

	/**
	 * Drops every rail (a site-wide change, or notifications that may have been missed).
	 */
	public synchronized void clear() {
		this.changes++;
		this.rails.invalidateAll();
	}

	public long size() {
		this.rails.cleanUp();
		return this.rails.estimatedSize();
	}

	/**
	 * This instance's changes, once they are committed (a rolled-back one changes
	 * nothing).
	 */
	// Before the page cache drops its pages (io.newsdesk.pagecache), or a page rebuilt
	// at once would take this cache's stale rail.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void onContentChanged(PublicContentChanged change) {
		if (change.isSiteWide()) {
			clear();
		}
		else {
			evict(change.articleIds());
		}
	}

	/** Another instance's changes, relayed by the page cache's LISTEN connection. */
	@EventListener
	void onRemoteContentChanged(RemoteContentChanged change) {
		if (change.articleIds().isEmpty()) {
			clear();
		}
		else {
			evict(change.articleIds());
		}
	}

	/**
	 * A rail as readers see it, the articles it shows, what its own article is about,
	 * whether it is full, and how long it may be used.
	 */
	record CachedRail(List<ArticleCard> cards, Set<Long> shownIds, Neighbourhood story, boolean full,
			Instant computedAt, Instant validUntil) {

		boolean isValidAt(Instant now) {
			return !now.isBefore(this.computedAt) && now.isBefore(this.validUntil);
		}

		/**
		 * Whether a change to these articles may change this rail: it shows one, or one
		 * shares a tag with its article (it may now rank), or the rail has room and one
		 * is in its article's section (it would fill it). A section neighbour that would
		 * outrank the suggestions of a full rail waits for the expiry.
		 */
		boolean isAffectedBy(Set<Long> articleIds, Neighbourhood changed) {
			return overlaps(this.shownIds, articleIds) || overlaps(this.story.tagIds(), changed.tagIds()) || (!this.full
					&& this.story.sectionId() != null && changed.sectionIds().contains(this.story.sectionId()));
		}

		private static boolean overlaps(Set<Long> some, Set<Long> others) {
			for (Long id : others) {
				if (some.contains(id)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * The tags and sections of some articles: for a cached rail, of its own article; for
	 * a change, of the changed articles as they are now.
	 */
	record Neighbourhood(Set<Long> tagIds, Set<Long> sectionIds) {

		static Neighbourhood of(Set<Long> tagIds, Long sectionId) {
			return new Neighbourhood(Set.copyOf(tagIds), (sectionId != null) ? Set.of(sectionId) : Set.of());
		}

		Long sectionId() {
			return this.sectionIds.isEmpty() ? null : this.sectionIds.iterator().next();
		}

	}

}
