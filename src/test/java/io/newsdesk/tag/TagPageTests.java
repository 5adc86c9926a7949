package io.newsdesk.tag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** A tag page: its visible articles newest first, 20 a page. */
@NewsdeskTest
class TagPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void tagPageListsItsVisibleArticlesNewestFirstAcrossSections() throws Exception {
		this.data.anArticle()
			.withHeadline("Older Hong Kong story")
			.inSection("business")
			.taggedWith("Hong Kong")
			.publishedAgo(Duration.ofDays(2))
			.save();
		this.data.anArticle()
			.withHeadline("Newer Hong Kong story")
			.inSection("world")
			.taggedWith("Hong Kong", "China")
			.publishedAgo(Duration.ofHours(2))
			.save();
		this.data.anArticle().withHeadline("China only").taggedWith("China").publishedAgo(Duration.ofHours(1)).save();
		this.data.anArticle().withHeadline("Hong Kong draft").taggedWith("Hong Kong").draft().save();
		this.data.anArticle()
			.withHeadline("Hong Kong embargo")
			.taggedWith("Hong Kong")
			.scheduledIn(Duration.ofHours(1))
			.save();

		Document page = Html.page(this.mvc, "/tags/hong-kong");

		assertThat(page.select("main h1").text()).isEqualTo("Hong Kong");
		assertThat(Html.cardHeadlines(page)).containsExactly("Newer Hong Kong story", "Older Hong Kong story");
	}

	@Test
	void tagUsedOnlyByDraftsOrScheduledArticlesIsNotFound() throws Exception {
		this.data.anArticle().withHeadline("Secret").taggedWith("Surprise merger").draft().save();
		this.data.anArticle()
			.withHeadline("Embargoed")
			.taggedWith("Surprise merger")
			.scheduledIn(Duration.ofHours(1))
			.save();

		assertThat(Html.status(this.mvc, "/tags/surprise-merger")).isEqualTo(404);

		this.data.clock().advance(Duration.ofHours(1));

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/surprise-merger"))).containsExactly("Embargoed");
	}

	@Test
	void tagPageFollowsStoriesWithdrawnDeletedRestoredOrRescheduledWhoeverChangesThem() throws Exception {
		for (String headline : List.of("Withdrawn", "Deleted", "Rescheduled", "Kept")) {
			this.data.anArticle().withHeadline(headline).taggedWith("Floods").publishedAgo(Duration.ofHours(1)).save();
		}
		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/floods"))).hasSize(4);

		// As an operator's SQL would: the tag's listing must follow the article rows.
		this.jdbc.update("update article set status = 'UNPUBLISHED' where headline = 'Withdrawn'");
		this.jdbc.update("update article set deleted_at = now() where headline = 'Deleted'");
		this.jdbc.update("update article set publish_at = ? where headline = 'Rescheduled'",
				java.sql.Timestamp.from(this.data.clock().instant().plus(Duration.ofHours(2))));
		this.data.contentChanged();

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/floods"))).containsExactly("Kept");

		this.jdbc.update("update article set deleted_at = null where headline = 'Deleted'");
		this.jdbc.update("update article set publish_at = ? where headline = 'Kept'",
				java.sql.Timestamp.from(this.data.clock().instant().minus(Duration.ofDays(1))));
		this.data.contentChanged();

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/floods"))).containsExactly("Deleted", "Kept");
	}

	@Test
	void unknownTagIsNotFound() throws Exception {
		assertThat(Html.status(this.mvc, "/tags/no-such-tag")).isEqualTo(404);
	}

	@Test
	void tagPagesShowTwentyArticlesAPage() throws Exception {
		List<String> newestFirst = new ArrayList<>();
		for (int i = 1; i <= 21; i++) {
			this.data.anArticle()
				.withHeadline("Story " + i)
				.taggedWith("Climate change")
				.publishedAgo(Duration.ofMinutes(i))
				.save();
			newestFirst.add("Story " + i);
		}

		Document first = Html.page(this.mvc, "/tags/climate-change");
		Document second = Html.page(this.mvc, "/tags/climate-change?page=2");

		assertThat(Html.cardHeadlines(first)).containsExactlyElementsOf(newestFirst.subList(0, 20));
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/tags/climate-change?page=2");
		assertThat(Html.cardHeadlines(second)).containsExactly("Story 21");
		assertThat(Html.status(this.mvc, "/tags/climate-change?page=3")).isEqualTo(404);
		assertThat(Html.status(this.mvc, "/tags/climate-change?page=abc")).isEqualTo(400);
	}

	@Test
	void tagPageRunsTheSameFewStatementsWhateverTheNumberOfArticles() throws Exception {
		publishTaggedArticles("First", 21);
		long withFewArticles = statementsFor("/tags/common");
		publishTaggedArticles("Second", 40);
		long withManyArticles = statementsFor("/tags/common");

		assertThat(Html.cardHeadlines(Html.page(this.mvc, "/tags/common"))).hasSize(20);
		assertThat(withManyArticles).isEqualTo(withFewArticles).isLessThanOrEqualTo(4);
	}

	private void publishTaggedArticles(String prefix, int count) {
		String[] sections = { "world", "uk", "business", "sport" };
		for (int i = 0; i < count; i++) {
			this.data.anArticle()
				.withHeadline(prefix + " story " + i)
				.inSection(sections[i % sections.length])
				.taggedWith("Tag " + (i % 3), "Common")
				.publishedAgo(Duration.ofMinutes(i + 1))
				.save();
		}
	}

	private long statementsFor(String url) throws Exception {
		this.statements.reset();
		Html.page(this.mvc, url);
		return this.statements.count();
	}

}
