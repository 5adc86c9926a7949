package io.newsdesk.pagecache;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.newsdesk.article.Visibility;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops the cached pages a change to some articles touches, read after the change
 * committed: the articles themselves (every page that showed them), and the lists they
 * belong to now (the front page, their section, tags and authors), where they may have
 * just appeared. Lists they left are reached through the pages that showed them (see
 * {@link PageCache#invalidate(Collection)}).
 * <p>
 * One statement whatever the number of articles; plain SQL because it reads three link
 * tables for ids only, where JPQL would load entities.
 */
class ChangedArticles {

	/**
	 * Only for articles readers can see or once saw: a draft's lists do not show it, and
	 * a scheduled story joins them when its time comes (PageCache's schedule expiry).
	 */
	private static final String LISTS = """
			with listed as (select a.id, a.section_id from article a
			    where a.id in (:ids) and (%s or a.first_published_at <= :now))
			select 'front' from listed
			union select 'section:' || l.section_id from listed l
			union select 'tag:' || t.tag_id from article_tag t join listed l on l.id = t.article_id
			union select 'author:' || w.staff_user_id from article_author w join listed l on l.id = w.article_id
			""".formatted(Visibility.SQL);

	/** More changed articles than this at once (a bulk purge) empty the cache whole. */
	static final int MAX_PRECISE = 500;

	private static final Logger log = LoggerFactory.getLogger(ChangedArticles.class);

	private final PageCache cache;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate readOnlyTransaction;

	ChangedArticles(PageCache cache, NamedParameterJdbcTemplate jdbc, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.clock = clock;
		// Its own transaction: it runs in after-commit callbacks, where the finished
		// transaction must not be joined.
		this.readOnlyTransaction = new TransactionTemplate(transactionManager);
		this.readOnlyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnlyTransaction.setReadOnly(true);
	}

	/**
	 * Drops the cached pages these articles' change touches; no ids means a site-wide
	 * change. Whatever goes wrong working that out empties the cache rather than leave a
	 * stale page.
	 */
	void dropPages(Set<Long> articleIds) {
		if (articleIds.isEmpty() || articleIds.size() > MAX_PRECISE) {
			this.cache.invalidate();
			return;
		}
		try {
			this.cache.invalidate(labelsOf(articleIds));
		}
		catch (RuntimeException ex) {
			log.warn("Could not work out the pages of changed articles, emptying the page cache: {}", ex.toString());
			this.cache.invalidate();
		}
	}

	Set<String> labelsOf(Collection<Long> articleIds) {
		Set<String> labels = new HashSet<>();
		for (Long id : articleIds) {
			labels.add(articleLabel(id));
		}
		Map<String, Object> parameters = Map.of("ids", articleIds, "now",
				this.clock.instant().atOffset(ZoneOffset.UTC));
		labels.addAll(
				this.readOnlyTransaction.execute((status) -> this.jdbc.queryForList(LISTS, parameters, String.class)));
		return labels;
	}

	static String articleLabel(long id) {
		return "article:" + id;
	}

}
