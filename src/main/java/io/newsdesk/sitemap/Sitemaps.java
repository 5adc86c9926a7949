package io.newsdesk.sitemap;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLStreamException;

import io.newsdesk.site.PublicUrls;
import io.newsdesk.site.SiteDates;
import io.newsdesk.site.SiteProperties;
import io.newsdesk.sitemap.SitemapQueries.ArticleFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the sitemap index, the article and listing-page sitemaps and the Google News
 * sitemap, streaming rows from {@link SitemapQueries} into the response inside one
 * read-only transaction (the cursor needs it). Served by {@link SitemapController}.
 */
@Service
@Transactional(readOnly = true)
class Sitemaps {

	static final String PAGES_FILE = "/sitemaps/pages.xml";

	static final String NEWS_LANGUAGE = "en";

	/**
	 * The protocol's limit for one file. The listing pages (sections, tags in use) are
	 * far fewer; past the limit, the alphabetically last tags are left out rather than
	 * the file becoming invalid.
	 */
	static final int MAX_URLS_PER_FILE = 50_000;

	private final SitemapQueries queries;

	private final SitemapProperties properties;

	private final SiteProperties site;

	private final SiteDates dates;

	private final PublicUrls urls;

	private final Clock clock;

	Sitemaps(SitemapQueries queries, SitemapProperties properties, SiteProperties site, SiteDates dates,
			PublicUrls urls, Clock clock) {
		this.queries = queries;
		this.properties = properties;
		this.site = site;
		this.dates = dates;
		this.urls = urls;
		this.clock = clock;
	}

	/** Where the response body goes; opening it commits to answering 200. */
	interface Output {

		OutputStream open() throws IOException;

	}

	static String articleFile(int number) {
		return "/sitemaps/articles-" + number + ".xml";
	}

	void writeIndex(Output output) throws IOException, XMLStreamException {
		List<ArticleFile> files = this.queries.articleFiles(this.clock.instant(), this.properties.urlsPerFile());
		Instant newest = files.stream()
			.map(ArticleFile::lastModified)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		try (SitemapXml xml = SitemapXml.index(output.open())) {
			xml.sitemap(this.urls.absolute(PAGES_FILE), w3c(newest));
			for (ArticleFile file : files) {
				xml.sitemap(this.urls.absolute(articleFile(file.number())), w3c(file.lastModified()));
			}
		}
	}

	/**
	 * Writes article file {@code number}; false, with nothing written, when there is no
	 * such file.
	 */
	boolean writeArticles(int number, Output output) throws IOException, XMLStreamException {
		if (number < 1) {
			return false;
		}
		SitemapXml[] xml = new SitemapXml[1];
		this.queries.forEachArticle(this.clock.instant(), number, this.properties.urlsPerFile(), (entry) -> {
			if (xml[0] == null) {
				xml[0] = SitemapXml.urlSet(output.open());
			}
			xml[0].url(this.urls.absolute(entry.path()), w3c(entry.lastModified()));
		});
		if (xml[0] == null) {
			return false;
		}
		xml[0].close();
		return true;
	}

	/** The front page, then section and tag pages. */
	void writePages(Output output) throws IOException, XMLStreamException {
		Instant now = this.clock.instant();
		try (SitemapXml xml = SitemapXml.urlSet(output.open())) {
			xml.url(this.urls.absolute("/"), w3c(this.queries.newestChange(now)));
			this.queries.forEachListingPage(now, MAX_URLS_PER_FILE - 1,
					(entry) -> xml.url(this.urls.absolute(entry.path()), w3c(entry.lastModified())));
		}
	}

	/**
	 * Stories published within the news window (48 hours by the injected clock), newest
	 * first, at most the news limit (1,000).
	 */
	void writeNews(Output output) throws IOException, XMLStreamException {
		Instant now = this.clock.instant();
		try (SitemapXml xml = SitemapXml.newsUrlSet(output.open())) {
			this.queries.forEachNews(now, now.minus(this.properties.newsWindow()), this.properties.newsLimit(),
					(entry) -> xml.newsUrl(this.urls.absolute(entry.path()), this.site.name(), NEWS_LANGUAGE,
							this.dates.iso(entry.publishedAt()), entry.headline()));
		}
	}

	/** W3C datetime with the site's offset, whole seconds; null stays null. */
	private String w3c(Instant instant) {
		return (instant != null) ? this.dates.iso(instant) : null;
	}

}
