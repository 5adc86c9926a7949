package io.newsdesk.pagecache;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import io.newsdesk.article.ArticleRepository;
import io.newsdesk.site.SiteProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

/**
 * Wires the page cache. With {@code newsdesk.cache.enabled=false} it stores nothing and
 * every page is rendered per request, but the filters stay: public pages keep their ETag,
 * Last-Modified and Cache-Control whether or not this instance keeps them, and its saves
 * still tell other instances (whose caches may be on).
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	/** Tells this instance's NOTIFYs from the others'. */
	private final String instanceId = UUID.randomUUID().toString();

	@Bean
	PageCache pageCache(PageCacheProperties properties, ArticleRepository articles, Clock clock, SiteProperties site,
			PlatformTransactionManager transactionManager, ObjectProvider<UpcomingChanges> upcomingChanges) {
		return new PageCache(properties.enabled(), properties.maxBytes().toBytes(), articles, clock, site.timeZone(),
				transactionManager, upcomingChanges.orderedStream().toList());
	}

	/**
	 * Right after Spring Security's filter chain, so the reader's authentication is
	 * known.
	 */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageCacheProperties properties,
			SiteProperties site, Clock clock) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, cacheablePages(properties, site), clock));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/**
	 * The first filter of all: a sessionless hit needs nothing the others do (Spring
	 * Security, request metrics, character encoding, request context), and at 20,000
	 * requests a second their cost was a third of a hit's.
	 */
	@Bean
	FilterRegistrationBean<AnonymousHitFilter> anonymousHitFilter(PageCache cache, PageCacheProperties properties,
			SiteProperties site) {
		FilterRegistrationBean<AnonymousHitFilter> registration = new FilterRegistrationBean<>(
				new AnonymousHitFilter(cache, cacheablePages(properties, site)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static CacheablePages cacheablePages(PageCacheProperties properties, SiteProperties site) {
		boolean urlsComeFromRequests = !StringUtils.hasText(site.baseUrl());
		return new CacheablePages(properties.paths(), urlsComeFromRequests);
	}

	@Bean
	ChangedArticles changedArticles(PageCache cache, NamedParameterJdbcTemplate jdbc, Clock clock,
			PlatformTransactionManager transactionManager) {
		return new ChangedArticles(cache, jdbc, clock, transactionManager);
	}

	@Bean
	ContentChangeNotifier contentChangeNotifier(ChangedArticles changedArticles, JdbcTemplate jdbc) {
		return new ContentChangeNotifier(changedArticles, jdbc, this.instanceId);
	}

	/**
	 * Not needed while this instance keeps no pages (its other caches hear local
	 * changes).
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "newsdesk.cache.enabled", matchIfMissing = true)
	ContentChangeListener contentChangeListener(DataSource dataSource, PageCache cache, ChangedArticles changedArticles,
			ApplicationEventPublisher events) {
		return new ContentChangeListener(dataSource, cache, changedArticles, events, this.instanceId);
	}

}
