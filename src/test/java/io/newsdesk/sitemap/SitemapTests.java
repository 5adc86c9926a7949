package io.newsdesk.sitemap;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The sitemaps and robots.txt as a search engine reads them: every document validated
 * against the published schemas (src/test/resources/xsd), then read for its URLs. The
 * test configuration cuts article files at 3 URLs (newsdesk.sitemap.urls-per-file).
 */
@NewsdeskTest
class SitemapTests {

	static final String BASE = "https://news.example.com";

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void sitemapIndexSplitsVisibleArticlesIntoFilesWithLastmod() throws Exception {
		List<String> visible = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			visible.add(BASE + this.data.anArticle()
				.withHeadline("Story " + i)
				.publishedAgo(Duration.ofDays(10 - i))
				.save()
				.url());
		}
		this.data.anArticle().withHeadline("Secret draft").draft().save();
		this.data.anArticle().withHeadline("Embargoed").scheduledIn(Duration.ofHours(1)).save();

		Document index = valid(fetch("/sitemap.xml"), "siteindex.xsd");

		assertThat(texts(index, SITEMAP_NS, "loc")).containsExactly(BASE + "/sitemaps/pages.xml",
				BASE + "/sitemaps/articles-1.xml", BASE + "/sitemaps/articles-2.xml",
				BASE + "/sitemaps/articles-3.xml");
		assertThat(texts(index, SITEMAP_NS, "lastmod")).hasSize(4)
			.allSatisfy((lastmod) -> assertThat(OffsetDateTime.parse(lastmod)).isNotNull());

		List<String> listed = new ArrayList<>();
		for (int n = 1; n <= 3; n++) {
			Document file = valid(fetch("/sitemaps/articles-" + n + ".xml"), "sitemap.xsd");
			List<String> locs = texts(file, SITEMAP_NS, "loc");
			assertThat(locs).hasSizeLessThanOrEqualTo(3);
			assertThat(texts(file, SITEMAP_NS, "lastmod")).hasSameSizeAs(locs);
			listed.addAll(locs);
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(visible);
		assertThat(Html.status(this.mvc, "/sitemaps/articles-4.xml")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/sitemaps/articles-0.xml")).isEqualTo(404);
	}

	@Test
	void storyKeepsItsFileWhenAnEarlierOneIsWithdrawn() throws Exception {
		this.data.anArticle().withHeadline("One").withSlug("one").save();
		this.data.anArticle().withHeadline("Two").withSlug("two").save();
		this.data.anArticle().withHeadline("Three").withSlug("three").save();
		this.data.anArticle().withHeadline("Four").withSlug("four").save();

		assertThat(texts(valid(fetch("/sitemaps/articles-2.xml"), "sitemap.xsd"), SITEMAP_NS, "loc"))
			.containsExactly(BASE + "/articles/four");

		this.jdbc.update("update article set status = 'DRAFT' where slug = 'one'");

		assertThat(texts(valid(fetch("/sitemaps/articles-1.xml"), "sitemap.xsd"), SITEMAP_NS, "loc"))
			.containsExactly(BASE + "/articles/two", BASE + "/articles/three");
		assertThat(texts(valid(fetch("/sitemaps/articles-2.xml"), "sitemap.xsd"), SITEMAP_NS, "loc"))
			.containsExactly(BASE + "/articles/four");
	}

	@Test
	void articleLastmodIsItsUpdateTime() throws Exception {
		Instant updated = Instant.parse("2025-06-20T09:30:00Z");
		this.data.anArticle().withHeadline("Story").withSlug("story").publishedAt(updated.minusSeconds(60)).save();
		this.jdbc.update("update article set updated_at = ? where slug = 'story'", Timestamp.from(updated));

		Document file = valid(fetch("/sitemaps/articles-1.xml"), "sitemap.xsd");

		assertThat(OffsetDateTime.parse(texts(file, SITEMAP_NS, "lastmod").get(0)).toInstant()).isEqualTo(updated);
	}

	@Test
	void emptySiteStillHasAValidIndexWithTheListingPages() throws Exception {
		Document index = valid(fetch("/sitemap.xml"), "siteindex.xsd");

		assertThat(texts(index, SITEMAP_NS, "loc")).containsExactly(BASE + "/sitemaps/pages.xml");
		assertThat(Html.status(this.mvc, "/sitemaps/articles-1.xml")).isEqualTo(404);
	}

	@Test
	void pagesSitemapListsHomeSectionsAndTagsWithVisibleStories() throws Exception {
		this.data.anArticle().withHeadline("Story").inSection("world").taggedWith("China").save();
		this.data.anArticle().withHeadline("Secret").taggedWith("Surprise merger").draft().save();

		Document pages = valid(fetch("/sitemaps/pages.xml"), "sitemap.xsd");

		List<String> locs = texts(pages, SITEMAP_NS, "loc");
		assertThat(locs).startsWith(BASE + "/").contains(BASE + "/sections/world", BASE + "/tags/china");
		assertThat(locs).doesNotContain(BASE + "/tags/surprise-merger");
	}

	@Test
	void newsSitemapHoldsStoriesPublishedInTheLast48HoursNewestFirst() throws Exception {
		this.data.anArticle()
			.withHeadline("Fresh <b>& bold</b>")
			.withSlug("fresh")
			.publishedAgo(Duration.ofHours(1))
			.save();
		this.data.anArticle().withHeadline("Yesterday").withSlug("yesterday").publishedAgo(Duration.ofHours(47)).save();
		this.data.anArticle().withHeadline("Too old").withSlug("too-old").publishedAgo(Duration.ofHours(49)).save();
		this.data.anArticle().withHeadline("Draft").withSlug("draft").draft().save();
		this.data.anArticle().withHeadline("Embargoed").withSlug("embargoed").scheduledIn(Duration.ofHours(1)).save();

		Document news = valid(fetch("/news-sitemap.xml"), "sitemap.xsd", "sitemap-news.xsd");

		assertThat(texts(news, SITEMAP_NS, "loc")).containsExactly(BASE + "/articles/fresh",
				BASE + "/articles/yesterday");
		assertThat(texts(news, NEWS_NS, "title")).containsExactly("Fresh <b>& bold</b>", "Yesterday");
		assertThat(texts(news, NEWS_NS, "name")).containsOnly("London Daily");
		assertThat(texts(news, NEWS_NS, "language")).containsOnly("en");
		assertThat(texts(news, NEWS_NS, "publication_date")).hasSize(2)
			.allSatisfy((date) -> assertThat(OffsetDateTime.parse(date)).isNotNull());

		this.data.clock().advance(Duration.ofHours(2));

		Document later = valid(fetch("/news-sitemap.xml"), "sitemap.xsd", "sitemap-news.xsd");
		assertThat(texts(later, SITEMAP_NS, "loc")).containsExactly(BASE + "/articles/embargoed",
				BASE + "/articles/fresh");
	}

	@Test
	void newsSitemapHoldsAtMostAThousandStories() throws Exception {
		long sectionId = this.data.section("world").getId();
		Instant now = this.data.clock().instant();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			Timestamp at = Timestamp.from(now.minusSeconds(60L * (i + 1)));
			rows.add(new Object[] { "story-" + i, "Story " + i, sectionId, at, at, at });
		}
		this.jdbc.batchUpdate("insert into article (slug, headline, section_id, status, publish_at, created_at,"
				+ " updated_at) values (?, ?, ?, 'PUBLISHED', ?, ?, ?)", rows);

		Document news = valid(fetch("/news-sitemap.xml"), "sitemap.xsd", "sitemap-news.xsd");

		List<String> locs = texts(news, SITEMAP_NS, "loc");
		assertThat(locs).hasSize(1000);
		assertThat(locs.get(0)).isEqualTo(BASE + "/articles/story-0");
		assertThat(locs).doesNotContain(BASE + "/articles/story-1000");
	}

	@Test
	void robotsTxtKeepsCrawlersOutOfTheAdminAndNamesBothSitemaps() throws Exception {
		MockHttpServletResponse response = fetch("/robots.txt");

		assertThat(response.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(response.getContentAsString().lines()).containsExactly("User-agent: *", "Disallow: /admin", "",
				"Sitemap: " + BASE + "/sitemap.xml", "Sitemap: " + BASE + "/news-sitemap.xml");
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
		if (url.endsWith(".xml")) {
			assertThat(response.getContentType()).isEqualTo("application/xml;charset=UTF-8");
		}
		return response;
	}

	/** Validates against the named schemas, then parses (namespace-aware). */
	private static Document valid(MockHttpServletResponse response, String... schemas) throws Exception {
		byte[] xml = response.getContentAsByteArray();
		Source[] sources = new Source[schemas.length];
		for (int i = 0; i < schemas.length; i++) {
			sources[i] = new StreamSource(SitemapTests.class.getResource("/xsd/" + schemas[i]).toExternalForm());
		}
		Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<String> texts(Document document, String namespace, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(((Element) nodes.item(i)).getTextContent());
		}
		return texts;
	}

}
