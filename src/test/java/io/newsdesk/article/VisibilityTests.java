package io.newsdesk.article;

import java.time.Duration;
import java.time.Instant;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rule every public page obeys: published and due, or it does not exist. Each case is
 * checked on every public surface: the article URL, the front page, the section page, the
 * tag page and the Related Articles rail of a visible story that both picks the article
 * and shares its section and tag (so the rail's picks and its fill are both covered).
 */
@NewsdeskTest
class VisibilityTests {

	private static final String TAG = "Diplomacy";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void publishedArticleWhoseTimeHasComeIsShown() throws Exception {
		this.data.anArticle().withHeadline("Markets rally").publishedAgo(Duration.ofHours(1)).save();
		this.mvc.perform(get("/articles/markets-rally"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Markets rally")));
	}

	@Test
	void publishedArticleIsVisibleOnEveryPublicSurface() throws Exception {
		Article story = subject().publishedAgo(Duration.ofHours(1)).save();
		anchorPicking(story);

		assertVisibleEverywhere(story);
	}

	@Test
	void articleDueLongAgoIsVisibleEverywhereAndDatedInThePast() throws Exception {
		Article story = subject().publishedAt(Instant.parse("2025-06-20T09:00:00Z")).save();
		anchorPicking(story);

		assertVisibleEverywhere(story);
		Document page = Html.page(this.mvc, story.url());
		assertThat(page.select("main h1").text()).isEqualTo("Subject story");
		assertThat(page.select("article time").attr("datetime")).isEqualTo("2025-06-20T10:00:00+01:00");
	}

	@Test
	void draftIsNotFoundAnywhere() throws Exception {
		this.data.anArticle().withHeadline("Secret draft").draft().save();
		this.mvc.perform(get("/articles/secret-draft")).andExpect(status().isNotFound());
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("Secret draft"))));
	}

	@Test
	void draftIsHiddenFromEveryPublicSurface() throws Exception {
		Article draft = subject().draft().save();
		anchorPicking(draft);

		assertHiddenEverywhere(draft);
	}

	@Test
	void draftWhosePlannedTimeHasPassedStaysHidden() throws Exception {
		Article draft = subject().draftPlannedFor(this.data.clock().instant().minus(Duration.ofDays(1))).save();
		anchorPicking(draft);

		assertHiddenEverywhere(draft);
	}

	@Test
	void scheduledArticleIsHiddenUntilItsPublishTime() throws Exception {
		this.data.anArticle().withHeadline("Embargoed story").scheduledIn(Duration.ofHours(2)).save();
		this.mvc.perform(get("/articles/embargoed-story")).andExpect(status().isNotFound());
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("Embargoed story"))));

		this.data.clock().advance(Duration.ofHours(2));

		this.mvc.perform(get("/articles/embargoed-story")).andExpect(status().isOk());
		this.mvc.perform(get("/")).andExpect(content().string(containsString("Embargoed story")));
	}

	@Test
	void scheduledArticleAppearsOnEverySurfaceWhenItsTimeComesWithoutARestart() throws Exception {
		Article scheduled = subject().scheduledIn(Duration.ofHours(2)).save();
		anchorPicking(scheduled);
		assertHiddenEverywhere(scheduled);

		this.data.clock().advance(Duration.ofHours(2).minusSeconds(1));
		assertHiddenEverywhere(scheduled);

		this.data.clock().advance(Duration.ofSeconds(1));
		assertVisibleEverywhere(scheduled);
	}

	private TestData.ArticleBuilder subject() {
		return this.data.anArticle().withHeadline("Subject story").inSection("world").taggedWith(TAG);
	}

	/**
	 * A visible story in the same section and tag that picks {@code subject} as related,
	 * so the subject would show up in its rail both as a pick and as fill.
	 */
	private void anchorPicking(Article subject) {
		this.data.anArticle()
			.withHeadline("Anchor story")
			.inSection("world")
			.taggedWith(TAG)
			.relatedTo(subject)
			.publishedAgo(Duration.ofDays(2))
			.save();
	}

	private void assertVisibleEverywhere(Article article) throws Exception {
		String headline = article.getHeadline();
		assertThat(Html.page(this.mvc, article.url()).select("main h1").text()).isEqualTo(headline);
		assertThat(Html.linksTo(Html.page(this.mvc, "/"), headline)).as("on the front page").isTrue();
		assertThat(Html.linksTo(Html.page(this.mvc, "/sections/world"), headline)).as("on the section page").isTrue();
		assertThat(Html.linksTo(Html.page(this.mvc, "/tags/diplomacy"), headline)).as("on the tag page").isTrue();
		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/anchor-story"))).as("in the rail")
			.containsExactly(headline);
	}

	private void assertHiddenEverywhere(Article article) throws Exception {
		String headline = article.getHeadline();
		assertThat(Html.status(this.mvc, article.url())).as("article URL").isEqualTo(404);
		assertThat(Html.linksTo(Html.page(this.mvc, "/"), headline)).as("on the front page").isFalse();
		assertThat(Html.linksTo(Html.page(this.mvc, "/sections/world"), headline)).as("on the section page").isFalse();
		assertThat(Html.linksTo(Html.page(this.mvc, "/tags/diplomacy"), headline)).as("on the tag page").isFalse();
		Document anchor = Html.page(this.mvc, "/articles/anchor-story");
		assertThat(Html.railHeadlines(anchor)).as("in the rail").doesNotContain(headline);
		assertThat(anchor.text()).doesNotContain(headline);
	}

}
