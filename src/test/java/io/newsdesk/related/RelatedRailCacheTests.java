package io.newsdesk.related;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleCard;
import io.newsdesk.article.ArticleReader;
import io.newsdesk.article.preview.EditorActions;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-article rail cache as readers notice it: a warm rail costs no statement, and
 * whatever a rail shows changing through the newsroom's real write paths (the article
 * form, unpublish, delete, a block) shows on the next read; what no event announces (a
 * new story that would now rank, a scheduled pick going live) appears in time.
 */
@NewsdeskTest
class RelatedRailCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleReader reader;

	@Autowired
	RelatedRail rail;

	@Autowired
	RelatedRailCache cache;

	@Autowired
	SqlStatementCounter statements;

	EditorActions editor;

	Article main;

	Article shown;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.editor = new EditorActions(this.mvc, this.data, this.jdbc);
		this.editor.staff();
		this.shown = this.data.anArticle()
			.withHeadline("Shown neighbour")
			.inSection("world")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.main = this.data.anArticle()
			.withHeadline("Main story")
			.withSlug("main-story")
			.inSection("world")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofHours(1))
			.save();
	}

	@Test
	void secondReadOfARailRunsNoStatementAtAll() {
		Article story = this.data.reload(this.main);
		this.statements.reset();
		List<ArticleCard> first = this.rail.cardsFor(story, this.data.clock().instant());
		long cold = this.statements.count();

		this.statements.reset();
		List<ArticleCard> second = this.rail.cardsFor(story, this.data.clock().instant());

		assertThat(cold).as("the rail with its cards' fields, then the bylines").isEqualTo(2);
		assertThat(this.statements.count()).isZero();
		assertThat(second).isEqualTo(first).extracting(ArticleCard::headline).containsExactly("Shown neighbour");
	}

	@Test
	void cachedRailIsReallyUsedUntilAChangeIsAnnounced() {
		assertThat(railOfMain()).containsExactly("Shown neighbour");
		// Behind the application's back: no event, so the cached copy stays.
		this.jdbc.update("update article set headline = 'Changed in SQL' where id = ?", this.shown.getId());
		assertThat(railOfMain()).containsExactly("Shown neighbour");

		this.cache.evict(Set.of(this.shown.getId()));

		assertThat(railOfMain()).containsExactly("Changed in SQL");
	}

	@Test
	void editingAnArticleShownInAnotherRailShowsItsNewHeadlineThere() throws Exception {
		assertThat(railOfMain()).containsExactly("Shown neighbour");

		MultiValueMap<String, String> form = this.editor.formOf(this.shown);
		form.set("headline", "Shown neighbour, corrected");
		this.editor.press(this.shown, form, "publish");

		assertThat(railOfMain()).containsExactly("Shown neighbour, corrected");
	}

	@Test
	void unpublishingAnArticleTakesItOffEveryRailShowingIt() throws Exception {
		assertThat(railOfMain()).containsExactly("Shown neighbour");

		this.editor.press(this.shown, this.editor.formOf(this.shown), "unpublish");

		assertThat(railOfMain()).isEmpty();
	}

	@Test
	void deletingAnArticleTakesItOffEveryRailShowingIt() throws Exception {
		assertThat(railOfMain()).containsExactly("Shown neighbour");

		this.mvc
			.perform(this.editor.postAs(EditorActions.editor(), "/admin/articles/" + this.shown.getId() + "/delete"));

		assertThat(railOfMain()).isEmpty();
	}

	@Test
	void editingTheArticleItselfRecomputesItsRail() throws Exception {
		Article other = this.data.anArticle()
			.withHeadline("Climate neighbour")
			.inSection("sport")
			.taggedWith("Climate")
			.publishedAgo(Duration.ofHours(3))
			.save();
		assertThat(railOfMain()).containsExactly("Shown neighbour");

		MultiValueMap<String, String> form = this.editor.formOf(this.main);
		form.set("tags", "Climate");
		form.set("sectionId", String.valueOf(this.data.section("sport").getId()));
		this.editor.press(this.main, form, "publish");

		assertThat(railOfMain()).containsExactly("Climate neighbour");
		assertThat(other.getId()).isPositive();
	}

	@Test
	void blockingASuggestionDropsItFromTheCachedRail() throws Exception {
		assertThat(railOfMain()).containsExactly("Shown neighbour");

		this.mvc.perform(this.editor.postAs(EditorActions.editor(), "/admin/articles/" + this.main.getId())
			.params(this.editor.formOf(this.main))
			.param("rail", "block:" + this.shown.getId()));

		assertThat(railOfMain()).isEmpty();
	}

	@Test
	void aNewlyPublishedStorySharingATagJoinsAtOnce() {
		assertThat(railOfMain()).containsExactly("Shown neighbour");

		this.data.anArticle()
			.withHeadline("Fresh neighbour")
			.inSection("sport")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofMinutes(1))
			.save();

		// Below the neighbour that also shares the section, but there at once.
		assertThat(railOfMain()).containsExactly("Shown neighbour", "Fresh neighbour");
	}

	@Test
	void aSectionNeighbourThatWouldOutrankAFullRailJoinsWhenTheRailExpires() {
		for (int i = 1; i <= 9; i++) {
			this.data.anArticle()
				.withHeadline("Tagged neighbour " + i)
				.inSection("sport")
				.taggedWith("Trade")
				.publishedAgo(Duration.ofDays(i))
				.save();
		}
		assertThat(railOfMain()).hasSize(10).doesNotContain("Main story follow-up");
		this.data.anArticle()
			.withHeadline("Main story follow-up")
			.inSection("world")
			.publishedAgo(Duration.ofMinutes(1))
			.save();

		assertThat(railOfMain()).as("a full rail, and no shared tag").doesNotContain("Main story follow-up");
		this.data.clock().advance(Duration.ofMinutes(11));

		assertThat(railOfMain()).hasSize(10).contains("Main story follow-up");
	}

	@Test
	void aSectionNeighbourFillsARailWithRoomAtOnce() {
		assertThat(railOfMain()).containsExactly("Shown neighbour");

		this.data.anArticle()
			.withHeadline("Section neighbour")
			.inSection("world")
			.publishedAgo(Duration.ofDays(3))
			.save();

		assertThat(railOfMain()).containsExactly("Shown neighbour", "Section neighbour");
	}

	@Test
	void aScheduledPickAppearsAtItsPublishTimeNotBeforeNorLater() {
		Article scheduled = this.data.anArticle()
			.withHeadline("Scheduled pick")
			.inSection("sport")
			.scheduledIn(Duration.ofMinutes(3))
			.save();
		this.jdbc.update("insert into related_link (article_id, position, related_article_id) values (?, 0, ?)",
				this.main.getId(), scheduled.getId());
		this.data.contentChanged();

		assertThat(railOfMain()).containsExactly("Shown neighbour");
		this.data.clock().advance(Duration.ofMinutes(2));
		assertThat(railOfMain()).containsExactly("Shown neighbour");
		this.data.clock().advance(Duration.ofMinutes(1));

		assertThat(railOfMain()).containsExactly("Scheduled pick", "Shown neighbour");
	}

	@Test
	void aClockSetBackNeverServesARailComputedInItsFuture() {
		Article later = this.data.anArticle()
			.withHeadline("Later neighbour")
			.inSection("world")
			.taggedWith("Trade")
			.publishedAgo(Duration.ofMinutes(5))
			.save();
		assertThat(railOfMain()).containsExactly("Later neighbour", "Shown neighbour");

		this.data.clock().advance(Duration.ofMinutes(-10));

		assertThat(railOfMain()).containsExactly("Shown neighbour");
		assertThat(later.getId()).isPositive();
	}

	@Test
	void aSiteWideChangeEmptiesTheCache() {
		railOfMain();
		assertThat(this.cache.size()).isOne();

		this.data.contentChanged();

		assertThat(this.cache.size()).isZero();
	}

	private List<String> railOfMain() {
		return this.reader.findBySlug("main-story")
			.orElseThrow()
			.related()
			.stream()
			.map(ArticleCard::headline)
			.toList();
	}

}
