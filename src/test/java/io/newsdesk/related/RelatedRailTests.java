package io.newsdesk.related;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleCards;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.search.SearchProperties;
import io.newsdesk.site.SiteProperties;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Related Articles rail as a reader sees it under a story: editor picks first in the
 * editor's order, then filled up to newsdesk.site.related-count (10 by default) with
 * ranked suggestions: other visible stories sharing a tag (rarer tags weigh more) or the
 * section, similar headlines rising, newer before older at equal relevance.
 */
@NewsdeskTest
class RelatedRailTests {

	private static final int RAIL_SIZE = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	RelatedRailQuery railQuery;

	@Autowired
	EntityManager entityManager;

	@Autowired
	SearchProperties searchProperties;

	@Autowired
	RelatedRailCache railCache;

	@Autowired
	ArticleCards cards;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void editorPicksComeFirstInTheirSavedOrderWhateverTheirDates() throws Exception {
		Article oldest = visible("Oldest pick", "sport", Duration.ofDays(30));
		Article newest = visible("Newest pick", "culture", Duration.ofHours(1));
		Article middle = visible("Middle pick", "business", Duration.ofDays(3));
		this.data.anArticle()
			.withHeadline("Main story")
			.inSection("world")
			.relatedTo(middle, oldest, newest)
			.publishedAgo(Duration.ofHours(2))
			.save();

		Document page = Html.page(this.mvc, "/articles/main-story");

		assertThat(page.select("aside.related h2").text()).isEqualTo("Related Articles");
		assertThat(Html.railHeadlines(page)).containsExactly("Middle pick", "Oldest pick", "Newest pick");
	}

	@Test
	void railIsFilledUpToTenWithArticlesSharingATagOrTheSection() throws Exception {
		for (int i = 1; i <= 12; i++) {
			// Alternate: same section without tags, and another section sharing a tag.
			if (i % 2 == 0) {
				visible("Candidate " + i, "world", Duration.ofHours(i));
			}
			else {
				this.data.anArticle()
					.withHeadline("Candidate " + i)
					.inSection("business")
					.taggedWith("Trade")
					.publishedAgo(Duration.ofHours(i))
					.save();
			}
		}
		this.data.anArticle()
			.withHeadline("Main story")
			.inSection("world")
			.taggedWith("Trade", "China")
			.publishedAgo(Duration.ofDays(2))
			.save();

		List<String> rail = Html.railHeadlines(Html.page(this.mvc, "/articles/main-story"));

		assertThat(rail).hasSize(RAIL_SIZE)
			.as("a shared tag weighs more than the section; newer first within each")
			.containsExactly("Candidate 1", "Candidate 3", "Candidate 5", "Candidate 7", "Candidate 9", "Candidate 11",
					"Candidate 2", "Candidate 4", "Candidate 6", "Candidate 8");
	}

	@Test
	void sharedRareTagBeatsSharedCommonTagEvenWhenOlder() throws Exception {
		for (int i = 1; i <= 6; i++) {
			this.data.anArticle()
				.withHeadline("Common filler " + i)
				.inSection("sport")
				.taggedWith("Common")
				.publishedAgo(Duration.ofDays(10 + i))
				.save();
		}
		this.data.anArticle()
			.withHeadline("Rare match")
			.inSection("culture")
			.taggedWith("Rare")
			.publishedAgo(Duration.ofDays(3))
			.save();
		this.data.anArticle()
			.withHeadline("Common match")
			.inSection("culture")
			.taggedWith("Common")
			.publishedAgo(Duration.ofHours(1))
			.save();
		this.data.anArticle()
			.withHeadline("Main story")
			.inSection("world")
			.taggedWith("Rare", "Common")
			.publishedAgo(Duration.ofDays(2))
			.save();

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story"))).startsWith("Rare match",
				"Common match");
	}

	@Test
	void newerBeatsOlderAtEqualRelevanceAndEqualTimesGoByIdHighestFirst() throws Exception {
		Instant twinsTime = this.data.clock().instant().minus(Duration.ofDays(3));
		tagged("Older trade report", "business", "Trade", Duration.ofDays(5));
		this.data.anArticle()
			.withHeadline("Twin one")
			.inSection("business")
			.taggedWith("Trade")
			.publishedAt(twinsTime)
			.save();
		this.data.anArticle()
			.withHeadline("Twin two")
			.inSection("business")
			.taggedWith("Trade")
			.publishedAt(twinsTime)
			.save();
		tagged("Newer trade report", "business", "Trade", Duration.ofDays(1));
		tagged("Main story", "world", "Trade", Duration.ofHours(1));

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story")))
			.containsExactly("Newer trade report", "Twin two", "Twin one", "Older trade report");
	}

	@Test
	void storyMovedIntoTheSectionCountsAsSameSectionAtOnce() {
		Article older = tagged("Older climate report", "sport", "Climate", Duration.ofDays(4));
		tagged("Newer climate report", "sport", "Climate", Duration.ofDays(1));
		Article main = tagged("Main story", "world", "Climate", Duration.ofHours(1));
		assertThat(railHeadlines(main)).containsExactly("Newer climate report", "Older climate report");

		// Any writer, here an operator's SQL: the rail reads the section from the tag
		// links' copy (V28), which a trigger keeps.
		this.jdbc.update("update article set section_id = (select id from section where slug = 'world') where id = ?",
				older.getId());

		assertThat(this.jdbc.queryForList(
				"select s.slug from article_tag t join section s on s.id = t.section_id " + "where t.article_id = ?",
				String.class, older.getId()))
			.containsExactly("world");
		assertThat(railHeadlines(main)).containsExactly("Older climate report", "Newer climate report");
	}

	@Test
	void textRanksOnlyTheShortlistSoAStoryWithoutTagsNeedsAWideEnoughOne() {
		Article older = visible("Harbour bridge storm repairs begin", "uk", Duration.ofDays(10));
		visible("Council budget approved", "uk", Duration.ofDays(2));
		visible("School term dates set", "uk", Duration.ofDays(1));
		Article main = visible("Harbour bridge reopens after storm repairs", "uk", Duration.ofHours(1));
		Instant now = this.data.clock().instant();

		// A rail of one: by default the whole section is ranked by text, and the
		// closer wording beats two newer stories.
		assertThat(this.railQuery.railIds(main.getId(), now, 1)).containsExactly(older.getId());
		// With the shortlist at its floor (twice the rail) only the two newest are
		// ranked by text, so the older story is never reached.
		RelatedRailQuery narrow = new RelatedRailQuery(this.entityManager, this.searchProperties,
				new RelatedRailProperties(0, Duration.ofMinutes(10), 1));
		assertThat(narrow.railIds(main.getId(), now, 1)).doesNotContain(older.getId());
	}

	@Test
	void eachTagsArticleCountFollowsWhateverWritesTheLinks() {
		Article first = this.data.anArticle().withHeadline("First").taggedWith("Alpha", "Beta").save();
		this.data.anArticle().withHeadline("Second").taggedWith("Alpha").save();
		Article third = this.data.anArticle().withHeadline("Third").taggedWith("Alpha").save();
		assertThat(articleCounts()).containsEntry("Alpha", 3).containsEntry("Beta", 1);

		this.jdbc.update("delete from article_tag where article_id = ?", third.getId());
		this.jdbc.update("update article_tag set tag_id = (select id from tag where name = 'Beta') "
				+ "where article_id = (select id from article where headline = 'Second')");
		assertThat(articleCounts()).containsEntry("Alpha", 1).containsEntry("Beta", 2);

		this.jdbc.update("delete from article_tag where article_id = ?", first.getId());
		assertThat(articleCounts()).containsEntry("Alpha", 0).containsEntry("Beta", 1);
	}

	@Test
	void sameSectionStoriesStillFillWhenNothingSharesATag() throws Exception {
		visible("Older section neighbour", "world", Duration.ofDays(3));
		visible("Section neighbour", "world", Duration.ofDays(1));
		tagged("Sport story", "sport", "Football", Duration.ofMinutes(5));
		tagged("Main story", "world", "Opera", Duration.ofHours(2));

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story"))).containsExactly("Section neighbour",
				"Older section neighbour");
	}

	@Test
	void similarHeadlineRisesAmongSectionNeighbours() throws Exception {
		visible("Coastal storm warning issued", "world", Duration.ofDays(5));
		visible("Budget vote delayed", "world", Duration.ofHours(1));
		visible("Storm floods coastal towns", "world", Duration.ofHours(2));

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/storm-floods-coastal-towns")))
			.containsExactly("Coastal storm warning issued", "Budget vote delayed");
	}

	@Test
	void nothingUnrelatedIsSuggested() throws Exception {
		// Newer than the neighbour, but no shared tag, another section, no shared words.
		tagged("Cup final tickets", "sport", "Football", Duration.ofMinutes(5));
		// Similar words alone do not make a story related: text only re-ranks.
		visible("Main story elsewhere", "culture", Duration.ofMinutes(10));
		tagged("Tagged neighbour", "business", "Trade", Duration.ofDays(4));
		tagged("Main story", "world", "Trade", Duration.ofDays(2));

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story"))).containsExactly("Tagged neighbour");
	}

	@Test
	void draftsAndScheduledStoriesAreNeverSuggested() throws Exception {
		this.data.anArticle()
			.withHeadline("Draft sharing the tag")
			.inSection("world")
			.taggedWith("Trade")
			.draft()
			.save();
		this.data.anArticle()
			.withHeadline("Scheduled sharing the tag")
			.inSection("world")
			.taggedWith("Trade")
			.scheduledIn(Duration.ofHours(1))
			.save();
		tagged("Visible neighbour", "business", "Trade", Duration.ofDays(3));
		tagged("Main story", "world", "Trade", Duration.ofDays(1));

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story")))
			.containsExactly("Visible neighbour");

		this.data.clock().advance(Duration.ofHours(1));
		this.data.contentChanged();

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story")))
			.containsExactly("Scheduled sharing the tag", "Visible neighbour");
	}

	@Test
	void picksAreFollowedByFillWithoutRepeatingThem() throws Exception {
		Article pickInSection = visible("Pick in the same section", "world", Duration.ofMinutes(10));
		visible("Section neighbour", "world", Duration.ofHours(1));
		Article pickElsewhere = visible("Pick from sport", "sport", Duration.ofDays(9));
		visible("Older section neighbour", "world", Duration.ofDays(1));
		this.data.anArticle()
			.withHeadline("Main story")
			.inSection("world")
			.relatedTo(pickElsewhere, pickInSection)
			.publishedAgo(Duration.ofDays(2))
			.save();

		List<String> rail = Html.railHeadlines(Html.page(this.mvc, "/articles/main-story"));

		assertThat(rail).containsExactly("Pick from sport", "Pick in the same section", "Section neighbour",
				"Older section neighbour");
	}

	@Test
	void railNeverShowsTheArticleItselfEvenWhenItIsLinkedToItself() throws Exception {
		visible("Neighbour", "world", Duration.ofHours(3));
		Article main = this.data.anArticle()
			.withHeadline("Main story")
			.inSection("world")
			.publishedAgo(Duration.ofHours(1))
			.save();
		// The admin form refuses this; the rail must cope with such a row anyway.
		this.jdbc.update("insert into related_link (article_id, position, related_article_id) values (?, 0, ?)",
				main.getId(), main.getId());

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story"))).containsExactly("Neighbour");
	}

	@Test
	void picksThatAreDraftsOrScheduledDropOutAndAreNotUsedAsFill() throws Exception {
		Article draft = this.data.anArticle().withHeadline("Draft pick").inSection("world").draft().save();
		Article first = visible("First visible pick", "sport", Duration.ofDays(4));
		Article scheduled = this.data.anArticle()
			.withHeadline("Scheduled pick")
			.inSection("world")
			.scheduledIn(Duration.ofHours(1))
			.save();
		Article second = visible("Second visible pick", "culture", Duration.ofDays(5));
		this.data.anArticle()
			.withHeadline("Main story")
			.inSection("world")
			.relatedTo(draft, first, scheduled, second)
			.publishedAgo(Duration.ofDays(1))
			.save();

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story")))
			.containsExactly("First visible pick", "Second visible pick");

		this.data.clock().advance(Duration.ofHours(1));

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story")))
			.as("the scheduled pick takes its place once due")
			.containsExactly("First visible pick", "Scheduled pick", "Second visible pick");
	}

	@Test
	void onlyTheFirstTenPicksAreShownInTheirOrder() throws Exception {
		List<Article> picks = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			picks.add(0, visible("Pick " + i, "sport", Duration.ofHours(i)));
		}
		this.data.anArticle()
			.withHeadline("Main story")
			.inSection("sport")
			.relatedTo(picks.toArray(Article[]::new))
			.publishedAgo(Duration.ofDays(1))
			.save();

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/main-story"))).containsExactly("Pick 12",
				"Pick 11", "Pick 10", "Pick 9", "Pick 8", "Pick 7", "Pick 6", "Pick 5", "Pick 4", "Pick 3");
	}

	@Test
	void railItemsLinkToTheirArticlesWithTheirDates() throws Exception {
		visible("Neighbour", "world", Duration.ofHours(3));
		visible("Main story", "world", Duration.ofHours(1));

		Element item = Html.page(this.mvc, "/articles/main-story").selectFirst("aside.related li");

		assertThat(item.selectFirst("a").attr("href")).isEqualTo("/articles/neighbour");
		assertThat(item.selectFirst("time").attr("datetime")).isNotBlank();
		assertThat(Html.page(this.mvc, "/articles/neighbour").select("h1").text()).isEqualTo("Neighbour");
	}

	@Test
	void railSizeFollowsTheConfiguredCount() {
		Article pick = visible("The pick", "sport", Duration.ofDays(5));
		for (int i = 1; i <= 5; i++) {
			visible("Neighbour " + i, "world", Duration.ofHours(i));
		}
		Article main = this.data.reload(this.data.anArticle()
			.withHeadline("Main story")
			.inSection("world")
			.relatedTo(pick)
			.publishedAgo(Duration.ofDays(1))
			.save());
		RelatedRail railOfThree = new RelatedRail(this.railQuery, this.articles,
				new SiteProperties("London Daily", "Focus on the big picture.", ZoneId.of("Europe/London"), 3, 20),
				this.railCache, this.cards);

		assertThat(railOfThree.railFor(main, this.data.clock().instant())).extracting(Article::getHeadline)
			.containsExactly("The pick", "Neighbour 1", "Neighbour 2");
	}

	@Test
	void storyWithNothingRelatedHasNoRail() throws Exception {
		this.data.anArticle().withHeadline("Elsewhere").inSection("sport").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle()
			.withHeadline("Lonely story")
			.inSection("culture")
			.taggedWith("Opera")
			.publishedAgo(Duration.ofHours(1))
			.save();

		Document page = Html.page(this.mvc, "/articles/lonely-story");

		assertThat(page.select("main h1").text()).isEqualTo("Lonely story");
		assertThat(page.select("aside.related")).isEmpty();
		assertThat(page.text()).doesNotContain("Related Articles");
	}

	private List<String> railHeadlines(Article story) {
		List<Long> ids = this.railQuery.railIds(story.getId(), this.data.clock().instant(), RAIL_SIZE);
		return ids.stream().map((id) -> this.articles.findById(id).orElseThrow().getHeadline()).toList();
	}

	private Map<String, Integer> articleCounts() {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.queryForList("select name, article_count from tag")
			.forEach((row) -> counts.put((String) row.get("name"), ((Number) row.get("article_count")).intValue()));
		return counts;
	}

	private Article tagged(String headline, String section, String tag, Duration ago) {
		return this.data.anArticle().withHeadline(headline).inSection(section).taggedWith(tag).publishedAgo(ago).save();
	}

	private Article visible(String headline, String section, Duration ago) {
		return this.data.anArticle().withHeadline(headline).inSection(section).publishedAgo(ago).save();
	}

}
