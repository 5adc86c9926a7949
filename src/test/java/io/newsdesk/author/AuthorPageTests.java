package io.newsdesk.author;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Bylines as readers see them (article page, cards, feeds, JSON-LD) and author pages and
 * feeds.
 */
@NewsdeskTest
class AuthorPageTests {

	static final String BASE = "https://news.example.com";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SqlStatementCounter statements;

	long ann;

	long bo;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.ann = this.data.author("ann", "Ann Smith", "ann-smith", "Ann covers diplomacy from London.");
		this.bo = this.data.author("bo", "Bo Lee", "bo-lee", "");
	}

	@Test
	void bylineNamesAuthorsInOrderLinkingToTheirPagesThenTheCredit() throws Exception {
		this.data.anArticle()
			.withHeadline("Talks resume")
			.byAuthors(this.bo, this.ann)
			.withByline("Associated Press")
			.publishedAgo(Duration.ofHours(1))
			.save();

		Document page = Html.page(this.mvc, "/articles/talks-resume");

		Element byline = page.selectFirst(".story-meta .byline");
		assertThat(byline.text()).isEqualTo("By Bo Lee, Ann Smith and Associated Press");
		assertThat(Html.texts(page, ".story-meta .byline a[rel=author]")).containsExactly("Bo Lee", "Ann Smith");
		assertThat(byline.select("a").eachAttr("href")).containsExactly("/authors/bo-lee", "/authors/ann-smith");
	}

	@Test
	void twoAuthorsReadAsAndAndAnAgencyCreditStandsAlone() throws Exception {
		this.data.anArticle()
			.withHeadline("Joint report")
			.byAuthors(this.ann, this.bo)
			.withByline("")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.data.anArticle()
			.withHeadline("Wire story")
			.withByline("Associated Press")
			.publishedAgo(Duration.ofHours(1))
			.save();

		assertThat(Html.page(this.mvc, "/articles/joint-report").select(".story-meta .byline").text())
			.isEqualTo("By Ann Smith and Bo Lee");
		Document wire = Html.page(this.mvc, "/articles/wire-story");
		assertThat(wire.select(".story-meta .byline").text()).isEqualTo("By Associated Press");
		assertThat(wire.select(".story-meta .byline a")).isEmpty();

		// Cards show the same bylines: the lead and the list on the front page.
		Document front = Html.page(this.mvc, "/");
		assertThat(front.select("article.lead .byline").text()).isEqualTo("By Associated Press");
		assertThat(front.select("main .card .byline").text()).isEqualTo("By Ann Smith and Bo Lee");
		assertThat(front.select("main .card .byline a").eachAttr("href")).containsExactly("/authors/ann-smith",
				"/authors/bo-lee");
	}

	@Test
	void newsArticleDataNamesEachAuthorWithTheirPageAndTheAgencyAsAnOrganization() throws Exception {
		this.data.anArticle()
			.withHeadline("Talks resume")
			.byAuthors(this.ann, this.bo)
			.withByline("Associated Press")
			.publishedAgo(Duration.ofHours(1))
			.save();

		JsonNode article = jsonLd(Html.page(this.mvc, "/articles/talks-resume")).get(0);

		JsonNode authors = article.get("author");
		assertThat(authors.size()).isEqualTo(3);
		assertThat(authors.get(0).get("@type").asString()).isEqualTo("Person");
		assertThat(authors.get(0).get("name").asString()).isEqualTo("Ann Smith");
		assertThat(authors.get(0).get("url").asString()).isEqualTo(BASE + "/authors/ann-smith");
		assertThat(authors.get(1).get("name").asString()).isEqualTo("Bo Lee");
		assertThat(authors.get(1).get("url").asString()).isEqualTo(BASE + "/authors/bo-lee");
		assertThat(authors.get(2).get("@type").asString()).isEqualTo("Organization");
		assertThat(authors.get(2).get("name").asString()).isEqualTo("Associated Press");
		assertThat(authors.get(2).has("url")).isFalse();
	}

	@Test
	void authorPageShowsNameBioAndOnlyVisibleArticlesNewestFirst() throws Exception {
		this.data.anArticle().withHeadline("Older piece").byAuthors(this.ann).publishedAgo(Duration.ofDays(2)).save();
		this.data.anArticle()
			.withHeadline("Newer shared piece")
			.byAuthors(this.bo, this.ann)
			.publishedAgo(Duration.ofHours(3))
			.save();
		this.data.anArticle().withHeadline("Draft piece").byAuthors(this.ann).draft().save();
		this.data.anArticle()
			.withHeadline("Scheduled piece")
			.byAuthors(this.ann)
			.scheduledIn(Duration.ofHours(1))
			.save();
		this.data.anArticle().withHeadline("Bo alone").byAuthors(this.bo).publishedAgo(Duration.ofHours(1)).save();

		Document page = Html.page(this.mvc, "/authors/ann-smith");

		assertThat(page.select("main h1").text()).isEqualTo("Ann Smith");
		assertThat(page.select(".author-bio").text()).isEqualTo("Ann covers diplomacy from London.");
		assertThat(Html.cardHeadlines(page)).containsExactly("Newer shared piece", "Older piece");
		assertThat(page.title()).isEqualTo("Ann Smith – London Daily");
		assertThat(page.select("head link[rel=canonical]").attr("href")).isEqualTo(BASE + "/authors/ann-smith");
		assertThat(page.select("head link[rel=alternate][type=application/rss+xml]").attr("href"))
			.isEqualTo(BASE + "/authors/ann-smith/feed.xml");
		assertThat(page.select("head meta[name=description]").attr("content"))
			.isEqualTo("Ann covers diplomacy from London.");

		// The scheduled piece appears on its author page when its time comes.
		this.data.clock().advance(Duration.ofHours(2));
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/authors/ann-smith"))).containsExactly("Scheduled piece",
				"Newer shared piece", "Older piece");
	}

	@Test
	void authorPagesArePaginatedLikeTagPages() throws Exception {
		for (int i = 1; i <= 21; i++) {
			this.data.anArticle()
				.withHeadline("Piece " + i)
				.byAuthors(this.bo)
				.publishedAgo(Duration.ofMinutes(i))
				.save();
		}

		Document first = Html.page(this.mvc, "/authors/bo-lee");
		Document second = Html.page(this.mvc, first.select("a[rel=next]").attr("href"));

		assertThat(Html.cardHeadlines(first)).hasSize(20).startsWith("Piece 1").endsWith("Piece 20");
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/authors/bo-lee?page=2");
		assertThat(Html.cardHeadlines(second)).containsExactly("Piece 21");
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/authors/bo-lee");
		assertThat(second.select("head link[rel=canonical]").attr("href")).isEqualTo(BASE + "/authors/bo-lee?page=2");
		assertThat(Html.status(this.mvc, "/authors/bo-lee?page=3")).isEqualTo(404);
	}

	@Test
	void anAuthorWithNothingPublishedStillHasAPageAndAnUnknownOneIsNotFound() throws Exception {
		this.data.anArticle().withHeadline("Bo's draft").byAuthors(this.bo).draft().save();

		Document page = Html.page(this.mvc, "/authors/bo-lee");

		assertThat(page.select("main h1").text()).isEqualTo("Bo Lee");
		assertThat(page.select("main .empty").text()).isEqualTo("No stories published yet.");
		assertThat(Html.cardHeadlines(page)).isEmpty();
		assertThat(Html.status(this.mvc, "/authors/nobody-here")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/authors/nobody-here/feed.xml")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/authors/bo-lee?page=abc")).isEqualTo(400);
	}

	@Test
	void authorPageRunsTheSameFewStatementsWhateverItsSize() throws Exception {
		long fewStatements = statementsForAuthorWith(this.ann, 2);
		long manyStatements = statementsForAuthorWith(this.bo, 20);

		assertThat(manyStatements).isEqualTo(fewStatements).isLessThanOrEqualTo(4);
	}

	@Test
	void authorFeedListsTheirVisibleStoriesWithEveryAuthorAsCreator() throws Exception {
		this.data.anArticle()
			.withHeadline("Shared piece")
			.withStandfirst("Two names.")
			.byAuthors(this.bo, this.ann)
			.withByline("Reuters")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.data.anArticle()
			.withHeadline("Ann alone")
			.byAuthors(this.ann)
			.withByline("")
			.publishedAgo(Duration.ofHours(1))
			.save();
		this.data.anArticle().withHeadline("Ann's draft").byAuthors(this.ann).draft().save();
		this.data.anArticle().withHeadline("Ann's embargo").byAuthors(this.ann).scheduledIn(Duration.ofHours(1)).save();
		this.data.anArticle().withHeadline("Not Ann's").byAuthors(this.bo).publishedAgo(Duration.ofMinutes(5)).save();

		MockHttpServletResponse response = this.mvc.perform(get("/authors/ann-smith/feed.xml"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
		SyndFeed feed = parse(response);
		assertThat(feed.getTitle()).isEqualTo("London Daily – Ann Smith");
		assertThat(feed.getLink()).isEqualTo(BASE + "/authors/ann-smith");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Ann alone", "Shared piece");
		SyndEntry shared = feed.getEntries().get(1);
		assertThat(shared.getLink()).isEqualTo(BASE + "/articles/shared-piece");
		assertThat(shared.getDescription().getValue()).isEqualTo("Two names.");
		DCModule dublinCore = (DCModule) shared.getModule(DCModule.URI);
		assertThat(dublinCore.getCreators()).containsExactly("Bo Lee", "Ann Smith", "Reuters");

		// Nothing published yet: an empty feed, as the page is there too.
		this.data.author("cy", "Cy Quinn", "cy-quinn", "");
		assertThat(parse(this.mvc.perform(get("/authors/cy-quinn/feed.xml")).andReturn().getResponse()).getEntries())
			.isEmpty();
	}

	@Test
	void siteFeedNamesStaffAuthorsAsCreators() throws Exception {
		this.data.anArticle().withHeadline("Shared piece").byAuthors(this.ann, this.bo).withByline("").save();

		SyndFeed feed = parse(this.mvc.perform(get("/feed.xml")).andReturn().getResponse());

		DCModule dublinCore = (DCModule) feed.getEntries().get(0).getModule(DCModule.URI);
		assertThat(dublinCore.getCreators()).containsExactly("Ann Smith", "Bo Lee");
	}

	@Test
	void pagesSitemapListsAuthorsWithPublishedStories() throws Exception {
		this.data.anArticle().withHeadline("Ann's story").byAuthors(this.ann).publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle().withHeadline("Bo's draft").byAuthors(this.bo).draft().save();

		String pages = this.mvc.perform(get("/sitemaps/pages.xml")).andReturn().getResponse().getContentAsString();

		assertThat(pages).contains("<loc>" + BASE + "/authors/ann-smith</loc>")
			.doesNotContain(BASE + "/authors/bo-lee");
	}

	private long statementsForAuthorWith(long author, int articles) throws Exception {
		for (int i = 0; i < articles; i++) {
			this.data.anArticle()
				.withHeadline("Story " + author + " " + i)
				.byAuthors(author, (author == this.ann) ? this.bo : this.ann)
				.taggedWith("Common")
				.publishedAgo(Duration.ofMinutes(i + 1))
				.save();
		}
		String slug = (author == this.ann) ? "ann-smith" : "bo-lee";
		this.statements.reset();
		Document page = Html.page(this.mvc, "/authors/" + slug);
		assertThat(Html.cardHeadlines(page)).hasSize(articles);
		return this.statements.count();
	}

	private static SyndFeed parse(MockHttpServletResponse response) throws Exception {
		return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.getContentAsByteArray())));
	}

	private static List<JsonNode> jsonLd(Document page) {
		return page.select("head script[type=application/ld+json]")
			.stream()
			.map((script) -> JSON.readTree(script.data()))
			.toList();
	}

}
