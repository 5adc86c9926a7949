package io.newsdesk.pagecache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.newsdesk.article.Article;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each kind of change to one story reaches every page that shows it (or now lists it) on
 * the next request, while a warm page about something else stays in memory: still a hit,
 * served without a single SQL statement.
 */
@NewsdeskTest
class PreciseInvalidationTests {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	/**
	 * Pages about other things: a story in another section with another tag, its lists.
	 */
	private static final String[] UNRELATED = { "/articles/unrelated-story", "/tags/opera", "/sections/culture" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SqlStatementCounter statements;

	private Article story;

	@BeforeEach
	void warmCache() throws Exception {
		this.data.reset();
		this.data.staffMember("editor", "EDITOR");
		this.story = this.data.anArticle()
			.withHeadline("Moving story")
			.inSection("world")
			.taggedWith("Markets")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.data.anArticle()
			.withHeadline("Neighbour story")
			.inSection("world")
			.taggedWith("Markets")
			.publishedAgo(Duration.ofHours(3))
			.save();
		this.data.anArticle()
			.withHeadline("Energy story")
			.inSection("business")
			.taggedWith("Energy")
			.publishedAgo(Duration.ofHours(4))
			.save();
		this.data.anArticle()
			.withHeadline("Unrelated story")
			.inSection("culture")
			.taggedWith("Opera")
			.publishedAgo(Duration.ofHours(5))
			.save();
		warm("/", "/articles/moving-story", "/articles/neighbour-story", "/tags/markets", "/tags/energy",
				"/sections/world");
		warm(UNRELATED);
	}

	@Test
	void editedHeadlineShowsWhereverTheStoryIsShown() throws Exception {
		save(this.story, "Moving story, updated", "Markets", "publish");

		assertThat(Html.page(this.mvc, "/articles/moving-story").select("h1").text())
			.isEqualTo("Moving story, updated");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/markets"))).contains("Moving story, updated");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/sections/world"))).contains("Moving story, updated");
		assertThat(Html.page(this.mvc, "/").select("article.lead h2").text()).isEqualTo("Moving story, updated");
		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/neighbour-story")))
			.contains("Moving story, updated");
		assertUnrelatedPagesStillCached();
	}

	@Test
	void publishedStoryJoinsItsListsAndRelatedRails() throws Exception {
		submit(form("/admin/articles", "Fresh in markets").param("tags", "Markets"), "publish");

		assertThat(Html.page(this.mvc, "/").select("article.lead h2").text()).isEqualTo("Fresh in markets");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/markets"))).contains("Fresh in markets");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/sections/world"))).contains("Fresh in markets");
		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/neighbour-story"))).contains("Fresh in markets");
		assertUnrelatedPagesStillCached();
	}

	@Test
	void unpublishedStoryLeavesEveryPage() throws Exception {
		save(this.story, "Moving story", "Markets", "draft");

		assertThat(Html.status(this.mvc, "/articles/moving-story")).isIn(404, 410);
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/markets"))).doesNotContain("Moving story");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/sections/world"))).doesNotContain("Moving story");
		assertThat(Html.page(this.mvc, "/").select("article.lead h2").text()).isEqualTo("Neighbour story");
		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/neighbour-story"))).doesNotContain("Moving story");
		assertUnrelatedPagesStillCached();
	}

	@Test
	void deletedStoryLeavesEveryPage() throws Exception {
		MockHttpServletResponse deleted = fetch(
				post("/admin/articles/" + this.story.getId() + "/delete").with(EDITOR).with(csrf()));
		assertThat(deleted.getStatus()).isEqualTo(302);

		assertThat(Html.status(this.mvc, "/articles/moving-story")).isEqualTo(410);
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/markets"))).doesNotContain("Moving story");
		assertThat(Html.page(this.mvc, "/").select("article.lead h2").text()).isEqualTo("Neighbour story");
		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/neighbour-story"))).doesNotContain("Moving story");
		assertUnrelatedPagesStillCached();
	}

	@Test
	void retaggedStoryMovesFromOneTagPageToTheOther() throws Exception {
		save(this.story, "Moving story", "Energy", "publish");

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/markets"))).doesNotContain("Moving story");
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/energy"))).contains("Moving story");
		assertThat(Html.page(this.mvc, "/articles/moving-story").select("a[rel=tag], .tags a").eachText())
			.doesNotContain("Markets");
		assertUnrelatedPagesStillCached();
	}

	@Test
	void aPageOfAListDropsWithThePageThatShowedTheStory() throws Exception {
		// Page 2 of a list never showed the story, but it shifts when the story leaves
		// page 1.
		for (int i = 0; i < 25; i++) {
			this.data.anArticle()
				.withHeadline("Filler " + i)
				.inSection("world")
				.taggedWith("Markets")
				.publishedAgo(Duration.ofHours(10 + i))
				.save();
		}
		warm("/tags/markets", "/tags/markets?page=2");
		Document before = Html.page(this.mvc, "/tags/markets?page=2");

		save(this.story, "Moving story", "Energy", "publish");

		Document after = Html.page(this.mvc, "/tags/markets?page=2");
		assertThat(Html.cardHeadlines(after)).isNotEqualTo(Html.cardHeadlines(before));
	}

	private void assertUnrelatedPagesStillCached() throws Exception {
		for (String url : UNRELATED) {
			this.statements.reset();
			MockHttpServletResponse response = fetch(get(url));
			assertThat(response.getHeader("X-Cache")).as("%s is still cached", url).isEqualTo("HIT");
			assertThat(this.statements.count()).as("SQL statements for %s", url).isZero();
		}
	}

	private void warm(String... urls) throws Exception {
		for (String url : urls) {
			fetch(get(url));
			assertThat(fetch(get(url)).getHeader("X-Cache")).as("%s is cached", url).isEqualTo("HIT");
		}
	}

	private void save(Article article, String headline, String tags, String action) throws Exception {
		submit(form("/admin/articles/" + article.getId(), headline).param("slug", article.getSlug())
			.param("tags", tags)
			.param("version", String.valueOf(this.data.reload(article).getVersion())), action);
	}

	private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder form(String url, String headline) {
		return post(url).param("headline", headline)
			.param("standfirst", "A standfirst.")
			.param("body", "Body text.")
			.param("sectionId", String.valueOf(this.data.section("world").getId()))
			.param("byline", "A Reporter");
	}

	private void submit(MockHttpServletRequestBuilder form, String button) throws Exception {
		MockHttpServletResponse response = fetch(form.param("action", button).with(EDITOR).with(csrf()));
		assertThat(response.getStatus()).as("form accepted: %s", response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(302);
	}

}
