package io.newsdesk.article.redirect;

import java.time.Duration;

import io.newsdesk.article.Article;
import io.newsdesk.article.preview.EditorActions;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Published URLs never break: a live article's old slugs answer 301 to its current
 * address in one hop, never to something readers cannot see, and never over a live
 * article that took the slug since.
 */
@NewsdeskTest
class SlugRedirectTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	EditorActions actions;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.actions = new EditorActions(this.mvc, this.data, this.jdbc);
		this.actions.staff();
	}

	@Test
	void renamedLiveArticleAnswers301ToItsNewAddress() throws Exception {
		Article story = live("first-slug");

		this.actions.changeSlug(story, "second-slug", "publish");

		assertMoved("/articles/first-slug", "/articles/second-slug");
		assertThat(Html.page(this.mvc, "/articles/second-slug").select("main h1").text()).isEqualTo("Story");
	}

	@Test
	void chainsOfRenamesCollapseToOneHop() throws Exception {
		Article story = live("a");
		this.actions.changeSlug(story, "b", "publish");
		this.actions.changeSlug(story, "c", "publish");

		assertMoved("/articles/a", "/articles/c");
		assertMoved("/articles/b", "/articles/c");
		assertThat(Html.status(this.mvc, "/articles/c")).isEqualTo(200);
	}

	@Test
	void goingBackToAnOldSlugMakesItLiveAgainAndRedirectsTheOtherOne() throws Exception {
		Article story = live("a");
		this.actions.changeSlug(story, "b", "publish");
		this.actions.changeSlug(story, "a", "publish");

		assertThat(Html.status(this.mvc, "/articles/a")).isEqualTo(200);
		assertMoved("/articles/b", "/articles/a");
	}

	@Test
	void aDraftsOldSlugsWereNeverPublicSoTheyDoNotRedirect() throws Exception {
		Article draft = this.data.anArticle().withHeadline("Story").withSlug("working-title").draft().save();
		this.actions.changeSlug(draft, "final-title", "draft");
		assertThat(Html.status(this.mvc, "/articles/working-title")).isEqualTo(404);

		this.actions.press(draft, this.actions.formOf(draft), "publish");

		assertThat(Html.status(this.mvc, "/articles/final-title")).isEqualTo(200);
		assertThat(Html.status(this.mvc, "/articles/working-title")).isEqualTo(404);
	}

	@Test
	void oldAddressesNeverLeadToAnArticleReadersCannotSee() throws Exception {
		Article story = live("live-slug");
		this.actions.changeSlug(story, "renamed", "publish");
		assertMoved("/articles/live-slug", "/articles/renamed");

		this.actions.press(story, this.actions.formOf(story), "draft");

		assertThat(Html.status(this.mvc, "/articles/live-slug")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/articles/renamed")).isEqualTo(404);
	}

	@Test
	void aNewArticleTakingAnOldSlugWins() throws Exception {
		Article original = live("contested");
		this.actions.changeSlug(original, "original-moved", "publish");
		assertMoved("/articles/contested", "/articles/original-moved");

		MultiValueMap<String, String> form = this.actions.newForm("Newcomer");
		form.set("slug", "contested");
		this.mvc.perform(
				this.actions.postAs(EditorActions.editor(), "/admin/articles").params(form).param("action", "publish"))
			.andReturn();

		assertThat(Html.page(this.mvc, "/articles/contested").select("main h1").text()).isEqualTo("Newcomer");
		assertThat(Html.page(this.mvc, "/articles/original-moved").select("main h1").text()).isEqualTo("Story");
		assertThat(this.jdbc.queryForObject("select count(*) from article_slug_history where slug = 'contested'",
				Integer.class))
			.isZero();
	}

	@Test
	void aLiveArticleAlwaysBeatsAHistoryEntryForItsSlug() throws Exception {
		Article original = live("shared");
		this.actions.changeSlug(original, "elsewhere", "publish");
		// Written straight to the database, past the editor that would clear the entry.
		this.data.anArticle().withHeadline("Direct").withSlug("shared").publishedAgo(Duration.ofMinutes(5)).save();

		assertThat(Html.page(this.mvc, "/articles/shared").select("main h1").text()).isEqualTo("Direct");
	}

	@Test
	void sectionsAreNotInArticleAddressesSoMovingSectionNeedsNoRedirect() throws Exception {
		Article story = live("moving-story");
		MultiValueMap<String, String> form = this.actions.formOf(story);
		form.set("sectionId", String.valueOf(this.data.section("business").getId()));
		this.actions.press(story, form, "publish");

		Document page = Html.page(this.mvc, "/articles/moving-story");
		assertThat(page.select(".card-section a").attr("href")).isEqualTo("/sections/business");
		assertThat(Html.linksTo(Html.page(this.mvc, "/sections/business"), "Story")).isTrue();
		assertThat(Html.linksTo(Html.page(this.mvc, "/sections/world"), "Story")).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from article_slug_history", Integer.class)).isZero();
	}

	@Test
	void editPageListsTheOldAddresses() throws Exception {
		Article story = live("one");
		this.actions.changeSlug(story, "two", "publish");
		this.actions.changeSlug(story, "three", "publish");

		Document form = this.actions.follow(this.actions.press(story, this.actions.formOf(story), "publish"));

		assertThat(Html.texts(form, "section[aria-labelledby=old-addresses-heading] li"))
			.containsExactlyInAnyOrder("/articles/one", "/articles/two");
	}

	@Test
	void unknownSlugsStill404() throws Exception {
		assertThat(Html.status(this.mvc, "/articles/never-existed")).isEqualTo(404);
	}

	private Article live(String slug) {
		return this.data.anArticle().withHeadline("Story").withSlug(slug).publishedAgo(Duration.ofHours(1)).save();
	}

	private void assertMoved(String from, String to) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(from)).andReturn().getResponse();
		assertThat(response.getStatus()).as("status of %s", from).isEqualTo(301);
		assertThat(response.getRedirectedUrl()).as("Location of %s", from).isEqualTo(to);
	}

}
