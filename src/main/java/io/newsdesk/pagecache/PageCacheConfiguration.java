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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

/**
 * Wires the page cache; {@code newsdesk.cache.enabled=false} leaves it out entirely and
 * every page is rendered per request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "newsdesk.cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

	/** Tells this instance's NOTIFYs from the others'. */
	private final String instanceId = UUID.randomUUID().toString();

	@Bean
	PageCache pageCache(PageCacheProperties properties, ArticleRepository articles, Clock clock, SiteProperties site,
			PlatformTransactionManager transactionManager, ObjectProvider<UpcomingChanges> upcomingChanges) {
		return new PageCache(properties.maxBytes().toBytes(), articles, clock, site.timeZone(), transactionManager,
				upcomingChanges.orderedStream().toList());
	}

	/**
	 * Right after Spring Security's filter chain, so the reader's authentication is known
	 * and Security's headers are on every response, hits included.
	 */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageCacheProperties properties,
			SiteProperties site, Clock clock) {
		boolean urlsComeFromRequests = !StringUtils.hasText(site.baseUrl());
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, new CacheablePages(properties.paths(), urlsComeFromRequests), clock));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	ContentChangeNotifier contentChangeNotifier(PageCache cache, JdbcTemplate jdbc) {
		return new ContentChangeNotifier(cache, jdbc, this.instanceId);
	}

	@Bean
	ContentChangeListener contentChangeListener(DataSource dataSource, PageCache cache) {
		return new ContentChangeListener(dataSource, cache, this.instanceId);
	}

}
