package io.newsdesk.site;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines and social networks read in a page's head: canonical URL (absolute,
 * from newsdesk.site.base-url, set for tests), description, OpenGraph, Twitter card and
 * JSON-LD, parsed as JSON.
 */
@NewsdeskTest
class PageMetadataTests {

	static final String BASE = "https://news.example.com";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void articlePageCarriesCanonicalDescriptionOpenGraphAndTwitterCard() throws Exception {
		this.data.anArticle()
			.withHeadline("Beijing says US 'too negative'")
			.withSlug("beijing")
			.withStandfirst("China's foreign ministry hit back.")
			.inSection("world")
			.taggedWith("China", "US")
			.publishedAgo(Duration.ofHours(2))
			.save();

		Document page = Html.page(this.mvc, "/articles/beijing");

		assertThat(page.select("head link[rel=canonical]").attr("href")).isEqualTo(BASE + "/articles/beijing");
		assertThat(meta(page, "name", "description")).containsExactly("China's foreign ministry hit back.");
		assertThat(meta(page, "name", "robots")).isEmpty();
		assertThat(meta(page, "property", "og:type")).containsExactly("article");
		assertThat(meta(page, "property", "og:title")).containsExactly("Beijing says US 'too negative'");
		assertThat(meta(page, "property", "og:description")).containsExactly("China's foreign ministry hit back.");
		assertThat(meta(page, "property", "og:url")).containsExactly(BASE + "/articles/beijing");
		assertThat(meta(page, "property", "og:site_name")).containsExactly("London Daily");
		assertThat(meta(page, "property", "article:section")).containsExactly("World");
		assertThat(meta(page, "property", "article:tag")).containsExactly("China", "US");
		String published = meta(page, "property", "article:published_time").get(0);
		assertThat(published).isEqualTo(page.select("main time").first().attr("datetime"));
		assertThat(OffsetDateTime.parse(meta(page, "property", "article:modified_time").get(0)))
			.isAfterOrEqualTo(OffsetDateTime.parse(published));
		assertThat(meta(page, "name", "twitter:card")).containsExactly("summary");
		assertThat(meta(page, "name", "twitter:title")).containsExactly("Beijing says US 'too negative'");
		assertThat(meta(page, "name", "twitter:description")).containsExactly("China's foreign ministry hit back.");
	}

	@Test
	void articleJsonLdIsANewsArticleWithEveryRequiredProperty() throws Exception {
		this.data.anArticle()
			.withHeadline("Markets rally")
			.withSlug("markets-rally")
			.withStandfirst("Shares rose.")
			.withByline("Associated Press")
			.inSection("business")
			.taggedWith("Markets")
			.save();
		this.data.anArticle().withHeadline("Column").withSlug("column").withByline("Jane Smith").save();

		JsonNode article = jsonLd(Html.page(this.mvc, "/articles/markets-rally")).get(0);

		assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(article.get("headline").asString()).isEqualTo("Markets rally");
		assertThat(article.get("description").asString()).isEqualTo("Shares rose.");
		assertThat(OffsetDateTime.parse(article.get("datePublished").asString())).isNotNull();
		assertThat(OffsetDateTime.parse(article.get("dateModified").asString())).isNotNull();
		JsonNode authors = article.get("author");
		assertThat(authors.isArray()).isTrue();
		assertThat(authors.size()).isEqualTo(1);
		assertThat(authors.get(0).get("@type").asString()).isEqualTo("Organization");
		assertThat(authors.get(0).get("name").asString()).isEqualTo("Associated Press");
		JsonNode publisher = article.get("publisher");
		assertThat(publisher.get("@type").asString()).isEqualTo("Organization");
		assertThat(publisher.get("name").asString()).isEqualTo("London Daily");
		assertThat(publisher.get("logo").get("url").asString()).isEqualTo(BASE + "/img/logo.png");
		assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(BASE + "/articles/markets-rally");
		// The logo the publisher names is really served.
		assertThat(Html.status(this.mvc, "/img/logo.png")).isEqualTo(200);

		JsonNode column = jsonLd(Html.page(this.mvc, "/articles/column")).get(0);
		assertThat(column.get("author").get(0).get("@type").asString()).isEqualTo("Person");
		assertThat(column.get("author").get(0).get("name").asString()).isEqualTo("Jane Smith");
	}

	@Test
	void hostileHeadlineStaysInsideTheJsonLd() throws Exception {
		String hostile = "</script><script>alert(1)</script> & <!-- \"quoted\"";
		this.data.anArticle()
			.withHeadline(hostile)
			.withSlug("hostile")
			.withStandfirst(hostile)
			.withByline(hostile)
			.taggedWith("Tag </script>")
			.save();

		Document page = Html.page(this.mvc, "/articles/hostile");

		// Only the JSON-LD block is a script: the headline opened no other.
		assertThat(page.select("script")).hasSize(1);
		Element script = page.selectFirst("head script[type=application/ld+json]");
		assertThat(script.data()).doesNotContain("<", ">", "&");
		JsonNode article = JSON.readTree(script.data());
		assertThat(article.get("headline").asString()).isEqualTo(hostile);
		assertThat(article.get("description").asString()).isEqualTo(hostile);
		assertThat(article.get("author").get(0).get("name").asString()).isEqualTo(hostile);
		assertThat(article.get("keywords").get(0).asString()).isEqualTo("Tag </script>");
		assertThat(meta(page, "property", "og:title")).containsExactly(hostile);
	}

	@Test
	void frontPageCarriesWebSiteAndOrganizationAndTheTagline() throws Exception {
		Document page = Html.page(this.mvc, "/");

		assertThat(page.select("head link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
		assertThat(meta(page, "name", "description")).containsExactly("Focus on the big picture.");
		List<JsonNode> data = jsonLd(page);
		assertThat(data).extracting((node) -> node.get("@type").asString()).containsExactly("WebSite", "Organization");
		JsonNode webSite = data.get(0);
		assertThat(webSite.get("name").asString()).isEqualTo("London Daily");
		assertThat(webSite.get("url").asString()).isEqualTo(BASE + "/");
		JsonNode search = webSite.get("potentialAction");
		assertThat(search.get("@type").asString()).isEqualTo("SearchAction");
		assertThat(search.get("target").get("urlTemplate").asString())
			.isEqualTo(BASE + "/search?q={search_term_string}");
		assertThat(search.get("query-input").asString()).isEqualTo("required name=search_term_string");
		JsonNode organization = data.get(1);
		assertThat(organization.get("name").asString()).isEqualTo("London Daily");
		assertThat(organization.get("url").asString()).isEqualTo(BASE + "/");
		assertThat(organization.get("logo").get("url").asString()).isEqualTo(BASE + "/img/logo.png");
	}

	@Test
	void listingPagesAreCanonicalPerPage() throws Exception {
		for (int i = 1; i <= 21; i++) {
			this.data.anArticle().withHeadline("Story " + i).inSection("world").taggedWith("China").save();
		}

		assertThat(canonical("/sections/world")).isEqualTo(BASE + "/sections/world");
		assertThat(canonical("/sections/world?page=2")).isEqualTo(BASE + "/sections/world?page=2");
		assertThat(canonical("/tags/china?page=1")).isEqualTo(BASE + "/tags/china");
		assertThat(canonical("/?page=2")).isEqualTo(BASE + "/?page=2");
	}

	@Test
	void loginPageIsKeptOutOfSearchEngines() throws Exception {
		Document login = Html.page(this.mvc, "/login");

		assertThat(meta(login, "name", "robots")).containsExactly("noindex");
		assertThat(login.select("link[rel=canonical]")).isEmpty();
		assertThat(meta(Html.page(this.mvc, "/"), "name", "robots")).isEmpty();
	}

	private String canonical(String url) throws Exception {
		return Html.page(this.mvc, url).select("head link[rel=canonical]").attr("href");
	}

	private static List<String> meta(Document page, String attribute, String value) {
		return page.select("head meta[" + attribute + "=" + value + "]")
			.stream()
			.map((m) -> m.attr("content"))
			.toList();
	}

	private static List<JsonNode> jsonLd(Document page) {
		return page.select("head script[type=application/ld+json]")
			.stream()
			.map((script) -> JSON.readTree(script.data()))
			.toList();
	}

}
