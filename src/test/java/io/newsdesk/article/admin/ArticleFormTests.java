package io.newsdesk.article.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import io.newsdesk.tag.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.FlashMap;

import static io.newsdesk.article.admin.ArticleFormPost.articleForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The article form end to end: what the editor types, what lands in PostgreSQL, what
 * readers then see; and for every refusal, the form shown again with the editor's input
 * and nothing written.
 */
@NewsdeskTest
class ArticleFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	TransactionTemplate transaction;

	long world;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.world = this.data.section("world").getId();
	}

	@Test
	void newArticleFormHasEveryLabelledFieldAndBothButtons() throws Exception {
		HtmlPage form = open("/admin/articles/new");

		for (String label : List.of("Headline", "Slug", "Standfirst", "Body", "Section", "Tags", "Authors", "Credit",
				"Publish at", "Related articles")) {
			assertThat(form.field(label)).as(label).isNotNull();
		}
		assertThat(form.field("Publish at").attr("type")).isEqualTo("datetime-local");
		assertThat(form.field("Related articles").hasAttr("multiple")).isTrue();
		assertThat(form.hasButton("Save draft")).isTrue();
		assertThat(form.hasButton("Publish")).isTrue();
	}

	@Test
	void publishingANewArticleShowsItsEditPageWithAMessageAndPutsItOnTheSite() throws Exception {
		MvcResult result = this.mvc.perform(articleForm(this.world).with("headline", "Markets rally").publish())
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = onlyArticleId();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + id + "/edit");

		HtmlPage editPage = followWithFlash(result);
		assertThat(editPage.flash()).isEqualTo("Published.");
		assertThat(editPage.valueOf("Headline")).isEqualTo("Markets rally");
		assertThat(editPage.document().select("a:contains(View on the site)").attr("href"))
			.isEqualTo("/articles/markets-rally");

		this.mvc.perform(get("/articles/markets-rally")).andExpect(status().isOk());
		assertThat(publicPage("/").document().select("a[href=/articles/markets-rally]").text())
			.isEqualTo("Markets rally");
	}

	@Test
	void savingADraftKeepsItOffTheSite() throws Exception {
		MvcResult result = this.mvc.perform(articleForm(this.world).with("headline", "Work in progress").saveDraft())
			.andExpect(status().is3xxRedirection())
			.andReturn();

		assertThat(followWithFlash(result).flash()).isEqualTo("Draft saved.");
		this.mvc.perform(get("/articles/work-in-progress")).andExpect(status().isNotFound());
		assertThat(publicPage("/").text()).doesNotContain("Work in progress");
	}

	@Test
	void savingAPublishedArticleAsDraftTakesItOffTheSite() throws Exception {
		Article live = this.data.anArticle().withHeadline("Live story").publishedAgo(Duration.ofHours(1)).save();

		this.mvc
			.perform(articleForm(this.world).with("headline", "Live story")
				.withVersion(live.getVersion())
				.saveDraft(live.getId()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/articles/live-story")).andExpect(status().isNotFound());
	}

	@Test
	void slugIsMadeFromTheHeadlineAndANumberAvoidsAClash() throws Exception {
		this.mvc.perform(articleForm(this.world).with("headline", "Beijing says US 'too negative'").publish())
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(articleForm(this.world).with("headline", "Beijing says US too negative").publish())
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForList("select slug from article order by id", String.class))
			.containsExactly("beijing-says-us-too-negative", "beijing-says-us-too-negative-2");
		this.mvc.perform(get("/articles/beijing-says-us-too-negative-2")).andExpect(status().isOk());
	}

	@Test
	void editorCanChangeTheSlug() throws Exception {
		Article article = this.data.anArticle().withHeadline("Old wording").save();

		this.mvc
			.perform(articleForm(this.world).with("headline", "Old wording")
				.with("slug", "better-wording")
				.withVersion(article.getVersion())
				.publish(article.getId()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/articles/better-wording")).andExpect(status().isOk());
		assertThat(open("/admin/articles/" + article.getId() + "/edit").valueOf("Slug")).isEqualTo("better-wording");
	}

	@Test
	void tagsAreNormalisedAndNewOnesCreated() throws Exception {
		this.data.anArticle().withHeadline("Older story").taggedWith("China").save();

		this.mvc.perform(articleForm(this.world).with("tags", "china,  China , Hong   Kong").publish())
			.andExpect(status().is3xxRedirection());

		Article saved = savedArticle("markets-rally-as-rates-fall");
		assertThat(saved.getTags()).extracting(Tag::getName).containsExactly("China", "Hong Kong");
		assertThat(this.jdbc.queryForList("select name from tag order by name", String.class))
			.as("the existing tag is reused, one new tag is created")
			.containsExactly("China", "Hong Kong");
		assertThat(open("/admin/articles/" + saved.getId() + "/edit").valueOf("Tags")).isEqualTo("China, Hong Kong");
	}

	@Test
	void relatedArticlesKeepThePostedOrderAndReopenInIt() throws Exception {
		Article first = this.data.anArticle().withHeadline("First pick").publishedAgo(Duration.ofHours(3)).save();
		Article second = this.data.anArticle().withHeadline("Second pick").publishedAgo(Duration.ofHours(2)).save();
		Article third = this.data.anArticle().withHeadline("Third pick").publishedAgo(Duration.ofHours(1)).save();

		this.mvc.perform(articleForm(this.world).withRelated(second.getId(), third.getId(), first.getId()).publish())
			.andExpect(status().is3xxRedirection());

		Article saved = savedArticle("markets-rally-as-rates-fall");
		assertThat(saved.getRelatedArticleIds()).containsExactly(second.getId(), third.getId(), first.getId());
		HtmlPage reopened = open("/admin/articles/" + saved.getId() + "/edit");
		assertThat(reopened.chosenIn("Related articles")).extracting(ArticleFormTests::headlineOf)
			.containsExactly("Second pick", "Third pick", "First pick");
		assertThat(reopened.optionsIn("Related articles")).extracting(ArticleFormTests::headlineOf)
			.as("chosen ones first, in their order")
			.startsWith("Second pick", "Third pick", "First pick")
			.doesNotContain("Markets rally as rates fall");
		assertThat(publicPage("/articles/markets-rally-as-rates-fall").document().select(".related-list a").eachText())
			.containsExactly("Second pick", "Third pick", "First pick");
	}

	@Test
	void relatedArticlesCanBeReorderedWithMoveButtonsBeforeSaving() throws Exception {
		Article first = this.data.anArticle().withHeadline("First pick").publishedAgo(Duration.ofHours(3)).save();
		Article second = this.data.anArticle().withHeadline("Second pick").publishedAgo(Duration.ofHours(2)).save();
		Article added = this.data.anArticle().withHeadline("Added later").publishedAgo(Duration.ofHours(1)).save();
		Article article = this.data.anArticle().withHeadline("Main story").relatedTo(first, second).save();
		HtmlPage opened = open("/admin/articles/" + article.getId() + "/edit");
		assertThat(opened.document().select(".related-order li span:not(.visually-hidden)").eachText())
			.extracting(ArticleFormTests::headlineOf)
			.containsExactly("First pick", "Second pick");
		Map<String, Integer> before = RowCounts.of(this.jdbc);

		// The editor picks one more in the list (a select posts in page order: it goes
		// last) and moves it to the top: two presses of its Move up button.
		ArticleFormPost typed = articleForm(this.world).with("headline", "Main story, edited")
			.withVersion(article.getVersion())
			.withRelated(first.getId(), second.getId(), added.getId());
		HtmlPage once = HtmlPage.of(this.mvc.perform(typed.with("move", "up:" + added.getId()).publish(article.getId()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(once.chosenIn("Related articles")).extracting(ArticleFormTests::headlineOf)
			.containsExactly("First pick", "Added later", "Second pick");
		assertThat(once.flash()).isEqualTo("Order changed. Press Save draft or Publish to keep it.");
		assertThat(once.valueOf("Headline")).isEqualTo("Main story, edited");
		assertThat(RowCounts.of(this.jdbc)).as("moving saves nothing").isEqualTo(before);
		assertThat(this.data.reload(article).getHeadline()).isEqualTo("Main story");

		HtmlPage twice = HtmlPage.of(
				this.mvc
					.perform(typed.withRelated(first.getId(), added.getId(), second.getId())
						.with("move", "up:" + added.getId())
						.publish(article.getId()))
					.andReturn());
		assertThat(twice.chosenIn("Related articles")).extracting(ArticleFormTests::headlineOf)
			.containsExactly("Added later", "First pick", "Second pick");
		assertThat(twice.document()
			.select(".related-order li")
			.first()
			.select("button:contains(Move up)")
			.hasAttr("disabled")).isTrue();

		this.mvc
			.perform(articleForm(this.world).with("headline", "Main story, edited")
				.withVersion(article.getVersion())
				.withRelated(added.getId(), first.getId(), second.getId())
				.publish(article.getId()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.data.reload(article).getRelatedArticleIds()).containsExactly(added.getId(), first.getId(),
				second.getId());
	}

	@Test
	void pressingEnterInAFieldSavesWithoutTakingALiveArticleDown() throws Exception {
		Article live = this.data.anArticle().withHeadline("Live story").publishedAgo(Duration.ofHours(1)).save();
		HtmlPage form = open("/admin/articles/" + live.getId() + "/edit");
		// Browsers submit an Enter key press with the form's first submit button.
		assertThat(form.field("Headline").closest("form").selectFirst("button[type=submit]").val()).isEqualTo("keep");

		this.mvc
			.perform(articleForm(this.world).with("headline", "Live story, corrected")
				.with("slug", form.valueOf("Slug"))
				.with("publishAt", form.valueOf("Publish at"))
				.withVersion(live.getVersion())
				.press(live.getId(), "keep"))
			.andExpect(status().is3xxRedirection());
		assertThat(publicPage("/articles/live-story").document().select("h1").text())
			.isEqualTo("Live story, corrected");

		this.mvc.perform(articleForm(this.world).with("headline", "Fresh draft").press(null, "keep"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/articles/fresh-draft")).andExpect(status().isNotFound());
	}

	@Test
	void anArticleCannotBeRelatedToItself() throws Exception {
		Article article = this.data.anArticle().withHeadline("Self-centred").save();
		Article other = this.data.anArticle().withHeadline("Other story").save();

		HtmlPage form = refused(articleForm(this.world).with("headline", "Self-centred, edited")
			.withVersion(article.getVersion())
			.withRelated(other.getId(), article.getId())
			.publish(article.getId()));

		assertThat(form.errorFor("Related articles")).isEqualTo("An article cannot be related to itself.");
		assertThat(form.valueOf("Headline")).isEqualTo("Self-centred, edited");
		assertThat(this.data.reload(article).getHeadline()).isEqualTo("Self-centred");
	}

	@Test
	void moreThanTwentyRelatedArticlesAreRefused() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= 21; i++) {
			ids.add(this.data.anArticle().withHeadline("Story " + i).save().getId());
		}
		Map<String, Integer> before = RowCounts.of(this.jdbc);

		HtmlPage form = refused(articleForm(this.world).withRelated(ids.toArray(Long[]::new)).publish());

		assertThat(form.errorFor("Related articles")).contains("at most 20 related articles");
		assertThat(form.chosenIn("Related articles")).hasSize(21);
		assertThat(RowCounts.of(this.jdbc)).isEqualTo(before);
	}

	static Stream<Arguments> badInput() {
		return Stream.of(arguments("headline", "", "Headline", "Enter a headline."),
				arguments("headline", "   ", "Headline", "Enter a headline."),
				arguments("headline", "h".repeat(201), "Headline", "Keep the headline to 200 characters or fewer."),
				arguments("standfirst", "s".repeat(401), "Standfirst",
						"Keep the standfirst to 400 characters or fewer."),
				arguments("body", "b".repeat(200_001), "Body",
						"The body is longer than 200,000 characters. Split it into more than one article."),
				arguments("tags",
						IntStream.rangeClosed(1, 21)
							.mapToObj((i) -> "Tag " + i)
							.reduce((a, b) -> a + ", " + b)
							.orElseThrow(),
						"Tags", "Use at most 20 tags (you gave 21)."),
				arguments("tags", "Fine tag, " + "x".repeat(51), "Tags", "is longer than 50 characters"),
				arguments("publishAt", "garbage", "Publish at", "Enter a date and time like 2025-06-20T09:30"),
				arguments("publishAt", "2030-02-30T09:00", "Publish at", "Enter a date and time like 2025-06-20T09:30"),
				arguments("sectionId", "abc", "Section", "Choose a section from the list."),
				arguments("sectionId", "", "Section", "Choose a section."),
				arguments("sectionId", "99999", "Section", "Choose a section from the list."),
				arguments("relatedIds", "xyz", "Related articles", "Choose related articles from the list."),
				arguments("relatedIds", "99999", "Related articles", "no longer exists"),
				arguments("slug", "Not A Slug!", "Slug", "Use only lower-case letters"),
				arguments("slug", "taken-slug", "Slug", "Another article already uses this slug"),
				arguments("byline", "b".repeat(201), "Credit", "Keep the credit to 200 characters or fewer."));
	}

	@ParameterizedTest(name = "{0}={1} → {3}")
	@MethodSource("badInput")
	void refusedFormShowsTheErrorNextToTheFieldKeepsEverythingTypedAndSavesNothing(String name, String value,
			String label, String message) throws Exception {
		this.data.anArticle().withHeadline("Taken").withSlug("taken-slug").save();
		Article pick1 = this.data.anArticle().withHeadline("Pick one").publishedAgo(Duration.ofHours(2)).save();
		Article pick2 = this.data.anArticle().withHeadline("Pick two").publishedAgo(Duration.ofHours(1)).save();
		ArticleFormPost typed = articleForm(this.world).with("headline", "Typed headline")
			.with("standfirst", "Typed standfirst.")
			.with("body", "Typed *body*.\n\nSecond paragraph.")
			.with("tags", "Brand new tag, Another new tag")
			.with("byline", "Typed Byline")
			.with("publishAt", "2031-03-04T05:06")
			.withRelated(pick2.getId(), pick1.getId())
			.with(name, value);
		Map<String, Integer> before = RowCounts.of(this.jdbc);

		HtmlPage form = refused(typed.publish());

		assertThat(form.errorFor(label)).contains(message);
		assertThat(form.fieldsWithErrors()).containsExactly(label);
		assertThat(form.alert()).contains("The article was not saved");
		assertThat(form.valueOf("Headline")).isEqualTo(typed.get("headline"));
		assertThat(form.valueOf("Slug")).isEqualTo(typed.get("slug"));
		assertThat(form.valueOf("Standfirst")).isEqualTo(typed.get("standfirst"));
		assertThat(form.valueOf("Body")).isEqualTo(typed.get("body"));
		assertThat(form.valueOf("Tags")).isEqualTo(typed.get("tags"));
		assertThat(form.valueOf("Credit")).isEqualTo(typed.get("byline"));
		assertThat(form.valueOf("Publish at")).isEqualTo(typed.get("publishAt"));
		if (!name.equals("sectionId")) {
			assertThat(form.chosenIn("Section")).containsExactly("World");
		}
		if (!name.equals("relatedIds")) {
			assertThat(form.chosenIn("Related articles")).extracting(ArticleFormTests::headlineOf)
				.containsExactly("Pick two", "Pick one");
		}
		assertThat(RowCounts.of(this.jdbc)).as("nothing saved, not even the new tags").isEqualTo(before);
	}

	@Test
	void everyProblemIsShownAtOnceNotOneRoundAtATime() throws Exception {
		this.data.anArticle().withHeadline("Taken").withSlug("taken-slug").save();
		Map<String, Integer> before = RowCounts.of(this.jdbc);

		HtmlPage form = refused(articleForm(this.world).with("headline", "")
			.with("standfirst", "s".repeat(401))
			.with("slug", "taken-slug")
			.with("tags", "ok, " + "x".repeat(51))
			.with("publishAt", "tomorrow morning")
			.with("sectionId", "99999")
			.withRelated(424242L)
			.publish());

		assertThat(form.fieldsWithErrors()).containsExactlyInAnyOrder("Headline", "Slug", "Standfirst", "Section",
				"Tags", "Publish at", "Related articles");
		assertThat(RowCounts.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void refusedEditLeavesTheStoredArticleAsItWas() throws Exception {
		Article article = this.data.anArticle().withHeadline("Stored headline").taggedWith("Stored").save();
		Map<String, Integer> before = RowCounts.of(this.jdbc);

		HtmlPage form = refused(articleForm(this.world).with("headline", "Edited headline")
			.with("tags", "Brand new tag")
			.with("publishAt", "not a time")
			.withVersion(article.getVersion())
			.publish(article.getId()));

		assertThat(form.valueOf("Headline")).isEqualTo("Edited headline");
		Article stored = this.data.reload(article);
		assertThat(stored.getHeadline()).isEqualTo("Stored headline");
		assertThat(stored.getVersion()).isEqualTo(article.getVersion());
		assertThat(stored.getTags()).extracting(Tag::getName).containsExactly("Stored");
		assertThat(RowCounts.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void editingAMissingArticleIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/articles/424242/edit").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	private HtmlPage refused(RequestBuilder request) throws Exception {
		return HtmlPage.of(this.mvc.perform(request).andExpect(status().isOk()).andReturn());
	}

	private HtmlPage open(String url) throws Exception {
		return HtmlPage
			.of(this.mvc.perform(get(url).with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn());
	}

	private HtmlPage publicPage(String url) throws Exception {
		return HtmlPage.of(this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
	}

	private HtmlPage followWithFlash(MvcResult redirect) throws Exception {
		FlashMap flash = redirect.getFlashMap();
		return HtmlPage.of(this.mvc
			.perform(
					get(redirect.getResponse().getRedirectedUrl()).flashAttrs(flash).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn());
	}

	private long onlyArticleId() {
		return this.jdbc.queryForObject("select id from article", Long.class);
	}

	/** The stored article with its tags and related ids loaded, found by slug. */
	private Article savedArticle(String slug) {
		long id = this.jdbc.queryForObject("select id from article where slug = ?", Long.class, slug);
		return this.transaction.execute((status) -> {
			Article found = this.articles.findById(id).orElseThrow();
			found.getTags().size();
			found.getRelatedArticleIds().size();
			return found;
		});
	}

	/** Option labels read "Headline (20 Jun 2025)"; tests compare headlines. */
	static String headlineOf(String optionLabel) {
		return optionLabel.replaceFirst(" \\([^)]*\\)$", "");
	}

}
