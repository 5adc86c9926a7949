package io.newsdesk.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsdesk.article.Article;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The RSS feeds as a feed reader sees them: fetched over MockMvc and read back with ROME.
 */
@NewsdeskTest
class FeedTests {

	static final String BASE = "https://news.example.com";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SqlStatementCounter statements;

	@LocalServerPort
	int port;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void feedsAndSitemapsAreCompressedForClientsThatAskForIt() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.data.anArticle()
				.withHeadline("Compressed story number " + i)
				.withStandfirst("A standfirst long enough to make the feed worth compressing, story " + i + ".")
				.publishedAgo(Duration.ofHours(i + 1))
				.save();
		}
		HttpClient http = HttpClient.newHttpClient();
		for (String path : new String[] { "/feed.xml", "/sitemaps/articles-1.xml" }) {
			HttpResponse<byte[]> response = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Accept-Encoding", "gzip")
					.build(), BodyHandlers.ofByteArray());

			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			String xml = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(xml).as(path).contains("compressed-story-number-0<");
		}
		// The compressed feed is another representation, so it has an ETag of its own.
		assertThat(this.mvc.perform(get("/feed.xml").header("Accept-Encoding", "gzip"))
			.andReturn()
			.getResponse()
			.getHeader("ETag"))
			.isNotEqualTo(this.mvc.perform(get("/feed.xml")).andReturn().getResponse().getHeader("ETag"));
	}

	@Test
	void siteFeedListsVisibleStoriesNewestFirstWithAbsoluteLinksCategoriesAndByline() throws Exception {
		this.data.anArticle()
			.withHeadline("Older story")
			.withStandfirst("Tom & Jerry <b>agree</b>.")
			.withByline("Associated Press")
			.taggedWith("China", "Trade")
			.publishedAgo(Duration.ofHours(3))
			.save();
		this.data.anArticle().withHeadline("Newer story").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle().withHeadline("Secret draft").draft().save();
		this.data.anArticle().withHeadline("Embargoed story").scheduledIn(Duration.ofHours(1)).save();

		MockHttpServletResponse response = fetch("/feed.xml");

		assertThat(response.getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
		SyndFeed feed = parse(response);
		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(response.getContentAsString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		assertThat(feed.getTitle()).isEqualTo("London Daily");
		assertThat(feed.getLink()).isEqualTo(BASE + "/");
		assertThat(channelSelfLink(response)).isEqualTo(BASE + "/feed.xml");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Newer story", "Older story");
		SyndEntry older = feed.getEntries().get(1);
		assertThat(older.getLink()).isEqualTo(BASE + "/articles/older-story");
		assertThat(older.getUri()).isEqualTo(BASE + "/articles/older-story");
		assertThat(older.getAuthor()).isEqualTo("Associated Press");
		assertThat(older.getCategories()).extracting(SyndCategory::getName).containsExactly("China", "Trade");
		assertThat(older.getCategories()).extracting(SyndCategory::getTaxonomyUri)
			.containsExactly(BASE + "/tags/china", BASE + "/tags/trade");
		// The description is HTML: the plain-text standfirst arrives escaped, not as
		// markup.
		assertThat(older.getDescription().getValue()).isEqualTo("Tom &amp; Jerry &lt;b&gt;agree&lt;/b&gt;.");
		assertThat(older.getPublishedDate()).isNotNull();

		Channel channel = (Channel) new WireFeedInput()
			.build(new XmlReader(new ByteArrayInputStream(response.getContentAsByteArray())));
		Item item = channel.getItems().get(1);
		assertThat(item.getGuid().isPermaLink()).isTrue();
		assertThat(item.getGuid().getValue()).isEqualTo(BASE + "/articles/older-story");
		// A byline is a name, not the e-mail address RSS's <author> requires.
		assertThat(item.getAuthor()).isNull();
		assertThat(response.getContentAsString()).contains("<dc:creator>Associated Press</dc:creator>");
	}

	@Test
	void feedHoldsTheLatestFiftyStories() throws Exception {
		for (int i = 1; i <= 52; i++) {
			this.data.anArticle().withHeadline("Story " + i).publishedAgo(Duration.ofMinutes(100 - i)).save();
		}

		List<SyndEntry> entries = parse(fetch("/feed.xml")).getEntries();

		assertThat(entries).hasSize(50);
		assertThat(entries.get(0).getTitle()).isEqualTo("Story 52");
		assertThat(entries.get(49).getTitle()).isEqualTo("Story 3");
	}

	@Test
	void scheduledStoryJoinsTheFeedWhenItsTimeComes() throws Exception {
		this.data.anArticle().withHeadline("Already out").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle().withHeadline("Embargoed").scheduledIn(Duration.ofMinutes(30)).save();

		assertThat(titles("/feed.xml")).containsExactly("Already out");

		this.data.clock().advance(Duration.ofMinutes(31));

		assertThat(titles("/feed.xml")).containsExactly("Embargoed", "Already out");
	}

	@Test
	void repeatedConditionalRequestIsAnsweredNotModified() throws Exception {
		Article story = this.data.anArticle().withHeadline("Story").publishedAgo(Duration.ofHours(1)).save();

		MockHttpServletResponse first = fetch("/feed.xml");
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getDateHeader("Last-Modified"))
			.isEqualTo(story.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());

		MockHttpServletResponse byEtag = this.mvc.perform(get("/feed.xml").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(byEtag.getStatus()).isEqualTo(304);
		assertThat(byEtag.getContentAsByteArray()).isEmpty();

		MockHttpServletResponse byDate = this.mvc
			.perform(get("/feed.xml").header("If-Modified-Since", first.getHeader("Last-Modified")))
			.andReturn()
			.getResponse();
		assertThat(byDate.getStatus()).isEqualTo(304);

		this.data.anArticle().withHeadline("Fresh story").publishedAgo(Duration.ofMinutes(1)).save();

		MockHttpServletResponse changed = this.mvc.perform(get("/feed.xml").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void conditionalRequestOverRealHttpIsAnsweredNotModified() throws Exception {
		this.data.anArticle().withHeadline("Story").save();
		HttpClient http = HttpClient.newHttpClient();
		URI feed = URI.create("http://localhost:" + this.port + "/feed.xml");

		HttpResponse<String> first = http.send(HttpRequest.newBuilder(feed).build(), BodyHandlers.ofString());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type")).hasValue("application/rss+xml;charset=UTF-8");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = http.send(HttpRequest.newBuilder(feed).header("If-None-Match", etag).build(),
				BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
	}

	@Test
	void sectionAndTagFeedsHoldOnlyTheirStories() throws Exception {
		this.data.anArticle().withHeadline("World story").inSection("world").taggedWith("China").save();
		this.data.anArticle().withHeadline("Business story").inSection("business").taggedWith("Markets").save();
		this.data.anArticle().withHeadline("Hidden").inSection("business").taggedWith("Merger").draft().save();

		SyndFeed business = parse(fetch("/sections/business/feed.xml"));
		assertThat(business.getTitle()).isEqualTo("London Daily – Business");
		assertThat(business.getLink()).isEqualTo(BASE + "/sections/business");
		assertThat(business.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Business story");
		assertThat(titles("/tags/china/feed.xml")).containsExactly("World story");
		assertThat(Html.status(this.mvc, "/sections/no-such-section/feed.xml")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/tags/no-such-tag/feed.xml")).isEqualTo(404);
		// A tag only a draft uses must not give the story away.
		assertThat(Html.status(this.mvc, "/tags/merger/feed.xml")).isEqualTo(404);
	}

	@Test
	void feedReadsItemsAndAllTheirTagsInOneStatementEach() throws Exception {
		for (int i = 1; i <= 10; i++) {
			this.data.anArticle().withHeadline("Story " + i).taggedWith("Tag " + i, "Common").save();
		}

		this.statements.reset();
		SyndFeed feed = parse(fetch("/feed.xml"));

		assertThat(feed.getEntries()).hasSize(10);
		assertThat(feed.getEntries()).allSatisfy((entry) -> assertThat(entry.getCategories()).hasSize(2));
		// Items, their tags, their authors, and the masthead's section navigation, which
		// SiteModelAdvice loads for every controller: four, however many items.
		assertThat(this.statements.count()).isEqualTo(4);
	}

	@Test
	void pagesAdvertiseTheirFeedsInTheHead() throws Exception {
		this.data.anArticle().withHeadline("Story").inSection("world").taggedWith("China").save();

		assertThat(feedLinks(Html.page(this.mvc, "/"))).containsExactly("London Daily|" + BASE + "/feed.xml");
		assertThat(feedLinks(Html.page(this.mvc, "/sections/world")))
			.containsExactly("London Daily – World|" + BASE + "/sections/world/feed.xml");
		assertThat(feedLinks(Html.page(this.mvc, "/tags/china")))
			.containsExactly("London Daily – China|" + BASE + "/tags/china/feed.xml");
		// Each advertised feed answers.
		assertThat(fetch("/sections/world/feed.xml").getStatus()).isEqualTo(200);
	}

	/** The channel's {@code <atom:link rel="self">}, read namespace-aware. */
	private static String channelSelfLink(MockHttpServletResponse response) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Element link = (org.w3c.dom.Element) factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsByteArray()))
			.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")
			.item(0);
		assertThat(link.getAttribute("rel")).isEqualTo("self");
		assertThat(link.getAttribute("type")).isEqualTo("application/rss+xml");
		return link.getAttribute("href");
	}

	private List<String> feedLinks(Document page) {
		return page.select("head link[rel=alternate][type=application/rss+xml]")
			.stream()
			.map((link) -> link.attr("title") + "|" + link.attr("href"))
			.toList();
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
		return response;
	}

	private List<String> titles(String url) throws Exception {
		return parse(fetch(url)).getEntries().stream().map(SyndEntry::getTitle).toList();
	}

	private static SyndFeed parse(MockHttpServletResponse response) throws Exception {
		return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.getContentAsByteArray())));
	}

}
