package io.newsdesk.article.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Article;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.newsdesk.article.admin.ArticleFormPost.articleForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Related Articles controls on the article form (io.newsdesk.related.RailEditing):
 * suggestions with their reasons, Pick and Block, the blocked list, and the pick search
 * with JavaScript off (each button posts the whole form) and its JSON type-ahead.
 */
@NewsdeskTest
class RailControlsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	long world;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.world = this.data.section("world").getId();
	}

	@Test
	void editPageListsSuggestionsWithTheReasonsTheyRank() throws Exception {
		Article main = this.data.anArticle()
			.withHeadline("Glaciers retreat in China")
			.inSection("world")
			.taggedWith("China", "Climate")
			.publishedAgo(Duration.ofHours(1))
			.save();
		this.data.anArticle()
			.withHeadline("Glaciers and rivers")
			.inSection("world")
			.taggedWith("China", "Climate")
			.publishedAgo(Duration.ofDays(2))
			.save();
		this.data.anArticle()
			.withHeadline("Old section neighbour")
			.inSection("world")
			.publishedAgo(Duration.ofDays(400))
			.save();
		this.data.anArticle()
			.withHeadline("Unrelated football")
			.inSection("sport")
			.publishedAgo(Duration.ofDays(1))
			.save();

		HtmlPage form = HtmlPage.of(open(main));

		Map<String, List<String>> reasons = suggestionReasons(form);
		assertThat(reasons).containsOnlyKeys("Glaciers and rivers", "Old section neighbour");
		assertThat(reasons.get("Glaciers and rivers")).containsExactly("shares tags: China, Climate",
				"same section: World", "similar text", "recent");
		assertThat(reasons.get("Old section neighbour")).containsExactly("same section: World");
		assertThat(form.document().select("#suggestions tbody tr").first().text()).startsWith("Glaciers and rivers");
	}

	@Test
	void blockTakesTheSuggestionOffTheSiteAtOnceKeepsTheTypingAndCanBeUndone() throws Exception {
		Article main = this.data.anArticle()
			.withHeadline("Main story")
			.inSection("world")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofHours(1))
			.save();
		Article unwanted = this.data.anArticle()
			.withHeadline("Unfortunate neighbour")
			.inSection("world")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofHours(2))
			.save();
		assertThat(Html.railHeadlines(Html.page(this.mvc, main.url()))).contains("Unfortunate neighbour");

		HtmlPage blocked = HtmlPage
			.of(this.mvc.perform(typedEdit(main).with("rail", "block:" + unwanted.getId()).publish(main.getId()))
				.andExpect(status().isOk())
				.andReturn());

		assertThat(blocked.flash()).startsWith("Blocked: “Unfortunate neighbour” is no longer suggested")
			.contains("Your other changes are not saved yet.");
		assertThat(blocked.valueOf("Headline")).isEqualTo("Main story, typed but not saved");
		assertThat(this.data.reload(main).getHeadline()).as("only the block is saved").isEqualTo("Main story");
		assertThat(suggestionReasons(blocked)).doesNotContainKey("Unfortunate neighbour");
		assertThat(blocked.document().select("#suggestions li:has(button:contains(Unblock)) > span").eachText())
			.containsExactly("Unfortunate neighbour");
		assertThat(Html.railHeadlines(Html.page(this.mvc, main.url()))).doesNotContain("Unfortunate neighbour");
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_entry where action = 'article.rail-block' and subject_id = ?", String.class,
				main.getId()))
			.contains("Unfortunate neighbour");

		HtmlPage unblocked = HtmlPage
			.of(this.mvc.perform(typedEdit(main).with("rail", "unblock:" + unwanted.getId()).publish(main.getId()))
				.andReturn());
		assertThat(unblocked.flash()).startsWith("Unblocked: “Unfortunate neighbour” may be suggested again.");
		assertThat(suggestionReasons(unblocked)).containsKey("Unfortunate neighbour");
		assertThat(Html.railHeadlines(Html.page(this.mvc, main.url()))).contains("Unfortunate neighbour");
	}

	@Test
	void pickAddsTheSuggestionAtTheEndOfThePicksWhichSaveWithTheArticle() throws Exception {
		Article first = this.data.anArticle().withHeadline("First pick").publishedAgo(Duration.ofDays(9)).save();
		Article second = this.data.anArticle().withHeadline("Second pick").publishedAgo(Duration.ofDays(8)).save();
		Article main = this.data.anArticle()
			.withHeadline("Main story")
			.inSection("world")
			.taggedWith("Trade")
			.relatedTo(first, second)
			.publishedAgo(Duration.ofHours(1))
			.save();
		Article suggested = this.data.anArticle()
			.withHeadline("Good suggestion")
			.inSection("world")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofHours(2))
			.save();

		HtmlPage picked = HtmlPage.of(
				this.mvc
					.perform(typedEdit(main).withRelated(first.getId(), second.getId())
						.with("rail", "pick:" + suggested.getId())
						.publish(main.getId()))
					.andReturn());

		assertThat(picked.flash()).isEqualTo("Added to the end of the picks. Press Save draft or Publish to keep it.");
		assertThat(picked.document().select(".related-order li > span").eachText())
			.extracting(RailControlsTests::headline)
			.containsExactly("First pick", "Second pick", "Good suggestion");
		assertThat(suggestionReasons(picked)).doesNotContainKey("Good suggestion");
		assertThat(picked.valueOf("Headline")).isEqualTo("Main story, typed but not saved");
		assertThat(this.data.reload(main).getRelatedArticleIds()).as("nothing saved yet")
			.containsExactly(first.getId(), second.getId());

		// Move it to the top, then save: the rail follows.
		HtmlPage moved = HtmlPage.of(
				this.mvc
					.perform(typedEdit(main).withRelated(first.getId(), second.getId(), suggested.getId())
						.with("move", "up:" + suggested.getId())
						.publish(main.getId()))
					.andReturn());
		assertThat(moved.document().select(".related-order li > span").eachText())
			.extracting(RailControlsTests::headline)
			.containsExactly("First pick", "Good suggestion", "Second pick");
		this.mvc
			.perform(
					typedEdit(main).withRelated(first.getId(), suggested.getId(), second.getId()).publish(main.getId()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.data.reload(main).getRelatedArticleIds()).containsExactly(first.getId(), suggested.getId(),
				second.getId());
		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/" + this.data.reload(main).getSlug())))
			.startsWith("First pick", "Good suggestion", "Second pick");
	}

	@Test
	void pickSearchWorksWithoutJavaScriptAndKeepsTheRestOfTheForm() throws Exception {
		Article main = this.data.anArticle().withHeadline("Main story").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle().withHeadline("Hong Kong marks anniversary").publishedAgo(Duration.ofDays(1)).save();
		Article wanted = this.data.anArticle()
			.withHeadline("Hong Kong protests grow")
			.publishedAgo(Duration.ofHours(3))
			.save();
		this.data.anArticle().withHeadline("Hong Kong draft").draft().save();
		this.data.anArticle().withHeadline("Hong Kong later").scheduledIn(Duration.ofHours(2)).save();
		this.data.anArticle().withHeadline("Kongress in Berlin").publishedAgo(Duration.ofHours(1)).save();

		HtmlPage results = HtmlPage.of(this.mvc
			.perform(typedEdit(main).with("pickQuery", "hong ko").with("rail", "search").publish(main.getId()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(results.document().select("#pick-results li > span").eachText())
			.extracting(RailControlsTests::headline)
			.containsExactly("Hong Kong protests grow", "Hong Kong marks anniversary");
		assertThat(results.document().select("#pick-status").text()).isEqualTo("2 articles match “hong ko”.");
		assertThat(results.valueOf("Find an article to pick")).isEqualTo("hong ko");
		assertThat(results.valueOf("Headline")).isEqualTo("Main story, typed but not saved");

		Element add = results.document().select("#pick-results li:contains(protests) button").first();
		assertThat(add.text()).isEqualTo("Add Hong Kong protests grow");
		HtmlPage added = HtmlPage.of(this.mvc
			.perform(typedEdit(main).with("pickQuery", "hong ko").with("rail", add.val()).publish(main.getId()))
			.andReturn());
		assertThat(added.chosenIn("Related articles")).extracting(RailControlsTests::headline)
			.containsExactly("Hong Kong protests grow");
		assertThat(added.valueOf("Headline")).isEqualTo("Main story, typed but not saved");
		assertThat(added.valueOf("Find an article to pick")).as("emptied, so Enter saves again").isEmpty();
		assertThat(this.data.reload(main).getRelatedArticleIds()).isEmpty();
		assertThat(wanted.getId()).isPositive();
	}

	@Test
	void enterInThePickSearchBoxSearchesInsteadOfSaving() throws Exception {
		Article main = this.data.anArticle().withHeadline("Main story").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle().withHeadline("Hong Kong protests grow").publishedAgo(Duration.ofHours(3)).save();

		// Enter presses the form's first button, the hidden "keep" save.
		HtmlPage page = HtmlPage
			.of(this.mvc.perform(typedEdit(main).with("pickQuery", "protests").press(main.getId(), "keep"))
				.andExpect(status().isOk())
				.andReturn());

		assertThat(page.document().select("#pick-results li > span").eachText()).extracting(RailControlsTests::headline)
			.containsExactly("Hong Kong protests grow");
		assertThat(this.data.reload(main).getHeadline()).isEqualTo("Main story");
	}

	@Test
	void typeAheadAnswersStaffOnlyWithPublishedArticlesAsEscapedJson() throws Exception {
		Article main = this.data.anArticle().withHeadline("Main <b>story</b>").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle()
			.withHeadline("Storm </script><script>alert(1)</script>")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.data.anArticle().withHeadline("Storm draft").draft().save();

		this.mvc.perform(get("/admin/articles/pick-search").param("q", "storm")).andExpect(status().is3xxRedirection());

		MvcResult result = this.mvc
			.perform(get("/admin/articles/pick-search").param("q", "stor")
				.param("exclude", String.valueOf(main.getId()))
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn();
		String json = result.getResponse().getContentAsString();

		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		assertThat(json).doesNotContain("<", ">", "Storm draft", "Main")
			.contains("Storm \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
		for (String odd : List.of("", "  ", "'; drop table article; --", "a:* | !b", "((", "\\", "%",
				"ü".repeat(500))) {
			this.mvc.perform(get("/admin/articles/pick-search").param("q", odd).with(user("admin").roles("ADMIN")))
				.andExpect(status().isOk());
		}
	}

	@Test
	void writersChangeTheRailOfTheirOwnDraftsOnly() throws Exception {
		long writer = this.data.staffMember("wendy", "WRITER");
		Article own = this.data.anArticle()
			.withHeadline("Own draft")
			.taggedWith("Trade")
			.createdBy(writer)
			.draft()
			.save();
		Article theirs = this.data.anArticle()
			.withHeadline("Someone else's")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofHours(1))
			.save();
		Article other = this.data.anArticle()
			.withHeadline("Neighbour")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofHours(2))
			.save();

		this.mvc
			.perform(post("/admin/articles/" + theirs.getId()).params(typedEdit(theirs).fields())
				.param("rail", "block:" + other.getId())
				.with(csrf())
				.with(user("wendy").roles("WRITER")))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from related_block", Integer.class)).isZero();

		this.mvc
			.perform(post("/admin/articles/" + own.getId()).params(typedEdit(own).fields())
				.param("rail", "block:" + other.getId())
				.with(csrf())
				.with(user("wendy").roles("WRITER")))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from related_block where article_id = ?", Integer.class,
				own.getId()))
			.isOne();
	}

	private MvcResult open(Article article) throws Exception {
		return this.mvc.perform(get("/admin/articles/" + article.getId() + "/edit").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn();
	}

	/** The saved article's form, with the headline changed and not saved. */
	private ArticleFormPost typedEdit(Article article) {
		Article saved = this.data.reload(article);
		return articleForm(saved.getSection().getId()).with("headline", saved.getHeadline() + ", typed but not saved")
			.with("slug", saved.getSlug())
			.with("tags", String.join(", ", saved.getTags().stream().map((tag) -> tag.getName()).toList()))
			.withVersion(saved.getVersion());
	}

	/** Suggestion headline → its reasons, in the table's order. */
	private static Map<String, List<String>> suggestionReasons(HtmlPage page) {
		Map<String, List<String>> reasons = new java.util.LinkedHashMap<>();
		for (Element row : page.document().select("#suggestions tbody tr")) {
			reasons.put(row.selectFirst("td > span").text(), row.select(".reasons li").eachText());
		}
		return reasons;
	}

	/** "Headline (20 Jun 2025)" → "Headline". */
	private static String headline(String label) {
		int bracket = label.lastIndexOf(" (");
		return (bracket > 0) ? label.substring(0, bracket) : label;
	}

}
