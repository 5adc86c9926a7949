package io.newsdesk.article;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.SqlStatementCounter;
import io.newsdesk.support.TestData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The public article page as a reader sees it; the rail has RelatedRailTests. */
@NewsdeskTest
class ArticlePageTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** HTML's "valid global date and time string": at most three fractional digits. */
	private static final String HTML_GLOBAL_DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SqlStatementCounter statements;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void articlePageShowsHeadlineStandfirstBylineDateAndBody() throws Exception {
		this.data.anArticle()
			.withHeadline("Beijing says US 'too negative' toward China")
			.withStandfirst("A top Chinese diplomat says U.S. policy is \"too negative\".")
			.withByline("Associated Press")
			.withBody("A top Chinese diplomat said Friday that policy is \"too negative\".\n\n"
					+ "\"Such an approach, I must say, is too negative,\" he said.")
			.inSection("world")
			.publishedAt(Instant.parse("2025-06-20T09:00:00Z"))
			.save();

		Document page = Html.page(this.mvc, "/articles/beijing-says-us-too-negative-toward-china");

		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Beijing says US 'too negative' toward China");
		assertThat(page.title()).startsWith("Beijing says US 'too negative' toward China");
		assertThat(page.select(".story-standfirst").text())
			.isEqualTo("A top Chinese diplomat says U.S. policy is \"too negative\".");
		assertThat(page.select(".byline").text()).isEqualTo("By Associated Press");
		Element time = page.selectFirst("article time");
		assertThat(time.attr("datetime")).isEqualTo("2025-06-20T10:00:00+01:00");
		assertThat(time.text()).isEqualTo("Friday 20 June 2025, 10:00 BST");
		assertThat(Html.texts(page, ".story-body p")).containsExactly(
				"A top Chinese diplomat said Friday that policy is \"too negative\".",
				"\"Such an approach, I must say, is too negative,\" he said.");
		assertThat(page.select(".card-section a").attr("href")).isEqualTo("/sections/world");
	}

	@Test
	void publishTimeIsAnIsoOffsetDateTimeInLondonTimeSummerAndWinter() throws Exception {
		Instant summer = Instant.parse("2025-06-20T09:00:00Z");
		Instant winter = Instant.parse("2025-01-15T09:00:00Z");
		this.data.anArticle().withHeadline("Summer story").publishedAt(summer).save();
		this.data.anArticle().withHeadline("Winter story").publishedAt(winter).save();

		assertPublishTime("/articles/summer-story", summer, "Friday 20 June 2025, 10:00 BST");
		assertPublishTime("/articles/winter-story", winter, "Wednesday 15 January 2025, 09:00 GMT");
	}

	/**
	 * Publishing "now" stores the clock's instant with microseconds; HTML allows at most
	 * three fractional digits in a {@code datetime}, so whole seconds are shown.
	 */
	@Test
	void publishTimeOfAnArticlePublishedAtAnOddInstantIsStillAValidHtmlDateTime() throws Exception {
		this.data.anArticle().withHeadline("Just now").publishedAt(Instant.parse("2025-06-20T09:00:00.123456Z")).save();

		Document page = Html.page(this.mvc, "/articles/just-now");

		assertThat(page.select("article time").attr("datetime")).isEqualTo("2025-06-20T10:00:00+01:00")
			.matches(HTML_GLOBAL_DATE_TIME);
		assertThat(Html.page(this.mvc, "/").select("article.lead time").attr("datetime"))
			.isEqualTo("2025-06-20T10:00:00+01:00");
	}

	@Test
	void tagLinksLeadToTagPagesListingTheArticle() throws Exception {
		this.data.anArticle()
			.withHeadline("Tagged story")
			.taggedWith("Hong Kong", "China")
			.publishedAgo(Duration.ofHours(1))
			.save();

		Document page = Html.page(this.mvc, "/articles/tagged-story");

		List<Element> tagLinks = page.select(".story-tags a");
		assertThat(tagLinks).extracting(Element::text).containsExactly("China", "Hong Kong");
		for (Element link : tagLinks) {
			Document tagPage = Html.page(this.mvc, link.attr("href"));
			assertThat(tagPage.select("main h1").text()).isEqualTo(link.text());
			assertThat(Html.cardHeadlines(tagPage)).containsExactly("Tagged story");
		}
	}

	@Test
	void articleWithoutTagsOrStandfirstShowsNeither() throws Exception {
		this.data.anArticle().withHeadline("Plain story").withStandfirst("").publishedAgo(Duration.ofHours(1)).save();

		Document page = Html.page(this.mvc, "/articles/plain-story");

		assertThat(page.select("h1").text()).isEqualTo("Plain story");
		assertThat(page.select(".story-standfirst")).isEmpty();
		assertThat(page.select(".story-tags")).isEmpty();
	}

	@Test
	void articlePageWithAFullRailRunsTheSameFewStatementsWhateverItsSize() throws Exception {
		// Both rails are full (10): picks first, the rest filled from 15 tagged
		// neighbours.
		long fewPicks = statementsForArticleWithRail("Few", 2);
		long manyPicks = statementsForArticleWithRail("Many", 9);
		// Ten picks fill the rail by themselves: still the same two rail statements.
		long onlyPicks = statementsForArticleWithRail("Only", 10);

		assertThat(Html.railHeadlines(Html.page(this.mvc, "/articles/many-main-story"))).hasSize(10)
			.startsWith("Many pick 0", "Many pick 1");
		// One more than before authors: the story's and the rail's bylines, read
		// together.
		assertThat(manyPicks).isEqualTo(fewPicks).isLessThanOrEqualTo(6);
		assertThat(onlyPicks).isLessThanOrEqualTo(fewPicks);
	}

	/**
	 * A story with {@code picks} tagged picks, plus 15 tagged neighbours in its section
	 * to fill the rail.
	 */
	private long statementsForArticleWithRail(String prefix, int picks) throws Exception {
		List<Article> picked = new ArrayList<>();
		for (int i = 0; i < picks; i++) {
			picked.add(this.data.anArticle()
				.withHeadline(prefix + " pick " + i)
				.inSection("sport")
				.taggedWith(prefix + " tag", "Tag " + i)
				.publishedAgo(Duration.ofHours(i + 1))
				.save());
		}
		for (int i = 0; i < 15; i++) {
			this.data.anArticle()
				.withHeadline(prefix + " neighbour " + i)
				.inSection("culture")
				.taggedWith(prefix + " tag", "Tag " + i)
				.publishedAgo(Duration.ofHours(i + 1))
				.save();
		}
		this.data.anArticle()
			.withHeadline(prefix + " main story")
			.inSection("culture")
			.taggedWith(prefix + " tag", "Another tag", "Third tag")
			.relatedTo(picked.toArray(Article[]::new))
			.publishedAgo(Duration.ofDays(1))
			.save();
		this.statements.reset();
		Html.page(this.mvc, "/articles/" + Slugs.of(prefix + " main story"));
		return this.statements.count();
	}

	private void assertPublishTime(String url, Instant expected, String display) throws Exception {
		Element time = Html.page(this.mvc, url).selectFirst("article time");
		OffsetDateTime datetime = OffsetDateTime.parse(time.attr("datetime"));
		assertThat(datetime.toInstant()).isEqualTo(expected);
		assertThat(datetime.getOffset()).isEqualTo(LONDON.getRules().getOffset(expected));
		assertThat(time.text()).isEqualTo(display);
	}

}
