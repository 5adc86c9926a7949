package io.newsdesk.media;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Article;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Library images in articles, as an editor sets them up and a reader (or a social
 * network's crawler) sees them: the featured image on the article page, the front page
 * and the social card; {@code ![](media:N)} in the body.
 */
@NewsdeskTest
class ArticleMediaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter statements;

	long world;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.staffMember("admin", "ADMIN");
		this.world = this.data.section("world").getId();
	}

	@Test
	void featuredImageShowsAboveTheStoryWithEverySizeCaptionAndCredit() throws Exception {
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(2000, 1200),
				"Firefighters on the warehouse roof", "The blaze took six hours to control.", "Jane Doe/Reuters");
		publish(articleForm("Warehouse fire in Deptford").param("featuredMediaId", String.valueOf(image)));

		Document page = Html.page(this.mvc, "/articles/warehouse-fire-in-deptford");

		Element img = page.selectFirst("figure.story-figure img");
		assertThat(img).isNotNull();
		assertThat(img.attr("alt")).isEqualTo("Firefighters on the warehouse roof");
		assertThat(img.attr("srcset")).matches(
				"/media/[0-9a-f]{20}-320\\.jpg 320w, /media/[0-9a-f]{20}-640\\.jpg 640w, /media/[0-9a-f]{20}-1024\\.jpg 1024w, /media/[0-9a-f]{20}-1600\\.jpg 1600w");
		assertThat(img.attr("sizes")).isNotBlank();
		assertThat(img.attr("src")).endsWith("-1024.jpg");
		assertThat(img.attr("width")).isEqualTo("1600");
		assertThat(img.attr("height")).isEqualTo("960");
		assertThat(img.attr("loading")).isEqualTo("eager");
		assertThat(page.select("figure.story-figure figcaption").text())
			.isEqualTo("The blaze took six hours to control. Jane Doe/Reuters");
		assertThat(page.select("figure.story-figure .credit").text()).isEqualTo("Jane Doe/Reuters");
		// Every srcset URL serves an image of the width it claims.
		for (String candidate : img.attr("srcset").split(", ")) {
			String[] parts = candidate.split(" ");
			MockHttpServletResponse served = this.mvc.perform(get(parts[0])).andReturn().getResponse();
			var decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served.getContentAsByteArray()));
			assertThat(decoded.getWidth() + "w").isEqualTo(parts[1]);
		}
	}

	@Test
	void socialCardAndStructuredDataCarryTheImageAtAnAbsoluteUrl() throws Exception {
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(1200, 630), "Ministers arrive",
				"Cabinet met at nine.", "PA");
		publish(articleForm("Cabinet meets").param("featuredMediaId", String.valueOf(image)));

		Document page = Html.page(this.mvc, "/articles/cabinet-meets");

		String ogImage = page.select("meta[property=og:image]").attr("content");
		assertThat(ogImage).matches("https://news\\.example\\.com/media/[0-9a-f]{20}-1200\\.jpg");
		assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
		assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("630");
		assertThat(page.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Ministers arrive");
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(page.select("meta[name=twitter:image]").attr("content")).isEqualTo(ogImage);
		JsonNode article = JsonMapper.builder()
			.build()
			.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(article.path("image").path("url").asString()).isEqualTo(ogImage);
		assertThat(article.path("image").path("width").asInt()).isEqualTo(1200);
		assertThat(this.mvc.perform(get(ogImage.substring("https://news.example.com".length())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void articleWithoutImageKeepsTheSmallCardAndNoImageTags() throws Exception {
		publish(articleForm("Quiet day in the Commons"));
		Document page = Html.page(this.mvc, "/articles/quiet-day-in-the-commons");
		assertThat(page.select("meta[property=og:image]")).isEmpty();
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(page.select("figure.story-figure")).isEmpty();
	}

	@Test
	void frontPageShowsFeaturedImagesEagerForTheLeadAndLazyOnCards() throws Exception {
		long leadImage = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(1600, 900), "The lead picture", "",
				"");
		long cardImage = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(800, 600), "A card picture", "",
				"");
		Article older = this.data.anArticle().withHeadline("Older story").publishedAgo(Duration.ofHours(2)).save();
		Article lead = this.data.anArticle().withHeadline("Newest story").publishedAgo(Duration.ofHours(1)).save();
		feature(older, cardImage);
		feature(lead, leadImage);

		Document page = Html.page(this.mvc, "/");

		Element leadImg = page.selectFirst("article.lead img");
		assertThat(leadImg.attr("alt")).isEqualTo("The lead picture");
		assertThat(leadImg.attr("loading")).isEqualTo("eager");
		Element card = page.select("li.card")
			.stream()
			.filter((li) -> li.select(".card-headline").text().equals("Older story"))
			.findFirst()
			.orElseThrow();
		Element cardImg = card.selectFirst("img");
		assertThat(cardImg.attr("alt")).isEqualTo("A card picture");
		assertThat(cardImg.attr("loading")).isEqualTo("lazy");
		assertThat(cardImg.attr("srcset")).contains(" 320w").contains(" 640w").contains(" 800w");
		assertThat(cardImg.attr("width")).isEqualTo("800");
		assertThat(cardImg.attr("height")).isEqualTo("600");
	}

	@Test
	void listPagesLoadTheImagesOfAWholePageInOneStatement() throws Exception {
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(400, 300), "Shared picture", "", "");
		long other = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(400, 300), "Other picture", "", "");
		publishWithImages(3, image, other);
		long few = statementsFor("/");
		publishWithImages(20, image, other);
		long many = statementsFor("/");

		assertThat(Html.page(this.mvc, "/").select("li.card img")).hasSize(19);
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(5);
		assertThat(statementsFor("/sections/world")).isLessThanOrEqualTo(5);
	}

	@Test
	void markdownBodyPlacesLibraryImagesWithTheLibrarysAltAndSizes() throws Exception {
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(1200, 800), "Flooded high street",
				"Water reached the shop windows.", "Environment Agency");
		String body = "The river rose overnight.\n\n![ignored alt](media:" + image + ")\n\n" + "Inline too: ![](media:"
				+ image + ") and on.\n\n" + "<img src=\"media:" + image + "\" onerror=\"alert(1)\" style=\"x\">\n\n"
				+ "![tracker](javascript:alert(1))";
		publish(articleForm("Floods in York").param("body", body));

		Document page = Html.page(this.mvc, "/articles/floods-in-york");
		Element figure = page.selectFirst(".story-body figure.media");
		assertThat(figure).isNotNull();
		Element img = figure.selectFirst("img");
		assertThat(img.attr("alt")).isEqualTo("Flooded high street");
		assertThat(img.attr("srcset")).contains(" 320w").contains(" 640w").contains(" 1024w").contains(" 1200w");
		assertThat(img.attr("width")).isEqualTo("1200");
		assertThat(img.attr("height")).isEqualTo("800");
		assertThat(img.attr("loading")).isEqualTo("lazy");
		assertThat(figure.select("figcaption").text()).isEqualTo("Water reached the shop windows. Environment Agency");
		// The figure, the inline one, the raw-HTML one; the javascript: image is dropped.
		assertThat(page.select(".story-body img")).hasSize(3).allSatisfy((any) -> {
			assertThat(any.attr("src")).startsWith("/media/");
			assertThat(any.attr("srcset")).contains("320w");
			assertThat(any.hasAttr("onerror")).isFalse();
			assertThat(any.hasAttr("style")).isFalse();
		});
		assertThat(this.jdbc.queryForObject("select body_markdown from article", String.class)).isEqualTo(body);
	}

	@Test
	void unknownMediaReferenceIsAFormErrorAndNothingIsSaved() throws Exception {
		String body = "Before.\n\n![](media:424242)\n\nAfter.";
		Document form = Jsoup
			.parse(this.mvc.perform(articleForm("Missing picture").param("body", body).param("action", "publish"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));

		assertThat(form.select("#body-error").text()).contains("media:424242").contains("not in the media library");
		assertThat(form.select("#body").text()).isEqualTo(body);
		assertThat(form.select("#headline").val()).isEqualTo("Missing picture");
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isZero();
	}

	@Test
	void unknownOrMalformedFeaturedImageIsAFormError() throws Exception {
		Document unknown = Jsoup.parse(this.mvc
			.perform(articleForm("Gone picture").param("featuredMediaId", "999999").param("action", "publish"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(unknown.select("#featuredMediaId-error").text()).contains("no longer in the media library");

		Document malformed = Jsoup.parse(
				this.mvc.perform(articleForm("Bad picture").param("featuredMediaId", "abc").param("action", "publish"))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		assertThat(malformed.select("#featuredMediaId-error").text())
			.isEqualTo("Choose a featured image from the list.");
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isZero();
	}

	@Test
	void articleFormOffersLibraryImagesAndKeepsTheChoice() throws Exception {
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(300, 200), "Harbour cranes", "", "");
		publish(articleForm("Port strike").param("featuredMediaId", String.valueOf(image)));
		long articleId = this.jdbc.queryForObject("select id from article", Long.class);

		Document form = Jsoup
			.parse(this.mvc.perform(get("/admin/articles/" + articleId + "/edit").with(user("admin").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));

		Element select = form.selectFirst("select#featuredMediaId");
		assertThat(form.select("label[for=featuredMediaId]").text()).isEqualTo("Featured image");
		assertThat(select.select("option").eachText()).containsExactly("No featured image",
				"Harbour cranes (#" + image + ", 300×200)");
		assertThat(select.select("option[selected]").val()).isEqualTo(String.valueOf(image));
		assertThat(form.select(".featured-preview img").attr("alt")).contains("Harbour cranes");
	}

	@Test
	void hostileAltTextIsEscapedOnTheArticleAndInItsCard() throws Exception {
		String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(400, 300), hostile, hostile, hostile);
		publish(articleForm("Hostile picture").param("featuredMediaId", String.valueOf(image))
			.param("body", "![](media:" + image + ")"));

		for (String url : List.of("/articles/hostile-picture", "/")) {
			String html = this.mvc.perform(get(url))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(url).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
			Document page = Jsoup.parse(html);
			assertThat(page.select("main img")).isNotEmpty().allSatisfy((img) -> {
				assertThat(img.attr("alt")).isEqualTo(hostile);
				assertThat(img.hasAttr("onerror")).isFalse();
			});
		}
		Document article = Html.page(this.mvc, "/articles/hostile-picture");
		assertThat(article.select("meta[property=og:image:alt]").attr("content")).isEqualTo(hostile);
		assertThat(article.select("script:not([type=application/ld+json])")).isEmpty();
	}

	private void feature(Article article, long mediaId) {
		this.jdbc.update("update article set featured_media_id = ? where id = ?", mediaId, article.getId());
		this.data.contentChanged();
	}

	private void publishWithImages(int count, long... images) {
		List<Map<String, Object>> before = this.jdbc.queryForList("select id from article");
		for (int i = 0; i < count; i++) {
			Article article = this.data.anArticle()
				.withHeadline("Story " + before.size() + "-" + i)
				.publishedAgo(Duration.ofMinutes(before.size() + i + 1))
				.save();
			feature(article, images[i % images.length]);
		}
	}

	private long statementsFor(String url) throws Exception {
		this.statements.reset();
		Html.page(this.mvc, url);
		return this.statements.count();
	}

	private MockHttpServletRequestBuilder articleForm(String headline) {
		return post("/admin/articles").param("headline", headline)
			.param("slug", "")
			.param("standfirst", "A standfirst.")
			.param("sectionId", String.valueOf(this.world))
			.param("tags", "")
			.param("byline", "A Reporter")
			.param("publishAt", "")
			.param("version", "")
			.with(csrf())
			.with(user("admin").roles("ADMIN"));
	}

	private void publish(MockHttpServletRequestBuilder form) throws Exception {
		if (form.buildRequest(new org.springframework.mock.web.MockServletContext()).getParameter("body") == null) {
			form.param("body", "The story.");
		}
		MockHttpServletResponse response = this.mvc.perform(form.param("action", "publish")).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
	}

}
