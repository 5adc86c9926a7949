package io.newsdesk.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How headlines become the readable part of an article's URL. */
class SlugsTests {

	@Test
	void headlineBecomesLowercaseWordsJoinedByDashes() {
		assertThat(Slugs.of("Beijing says US 'too negative' toward China"))
			.isEqualTo("beijing-says-us-too-negative-toward-china");
	}

	@Test
	void apostrophesVanishRatherThanSplitWords() {
		assertThat(Slugs.of("Biden's plan")).isEqualTo("bidens-plan");
		assertThat(Slugs.of("Biden\u2019s plan")).isEqualTo("bidens-plan");
		assertThat(Slugs.of("Trump's $5 Million 'Trump Card' Visa")).isEqualTo("trumps-5-million-trump-card-visa");
	}

	@Test
	void accentsAreDropped() {
		assertThat(Slugs.of("Café in Zürich, señor")).isEqualTo("cafe-in-zurich-senor");
		assertThat(Slugs.of("Crème brûlée à la française")).isEqualTo("creme-brulee-a-la-francaise");
	}

	@Test
	void nonBreakingHyphenIsAWordBreak() {
		assertThat(Slugs.of("Vietnam Emerges as Luxury Yacht Destination for Ultra\u2011Rich"))
			.isEqualTo("vietnam-emerges-as-luxury-yacht-destination-for-ultra-rich");
	}

	@Test
	void punctuationAndSpacesCollapseWithNoDashesAtTheEnds() {
		assertThat(Slugs.of("  -- Breaking:   news!! -- ")).isEqualTo("breaking-news");
	}

	@Test
	void longHeadlineIsCutAtAWordBoundary() {
		String headline = "Minnesota Lawmaker Melissa Hortman and Husband Killed in Targeted Attack; "
				+ "Senator John Hoffman and Wife Injured";
		String full = "minnesota-lawmaker-melissa-hortman-and-husband-killed-in-targeted-attack-"
				+ "senator-john-hoffman-and-wife-injured";

		String slug = Slugs.of(headline);

		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).matches(Slugs.PATTERN);
		assertThat(full).startsWith(slug + "-");
		assertThat(slug).isEqualTo("minnesota-lawmaker-melissa-hortman-and-husband-killed-in-targeted-attack-senator");
	}

	@Test
	void singleWordLongerThanTheLimitIsCutAtTheLimit() {
		assertThat(Slugs.of("a".repeat(100))).isEqualTo("a".repeat(Slugs.MAX_LENGTH));
	}

	@Test
	void textWithoutLettersOrDigitsGivesAnEmptySlug() {
		assertThat(Slugs.of("")).isEmpty();
		assertThat(Slugs.of("   ")).isEmpty();
		assertThat(Slugs.of("!?'\u2019 -- …")).isEmpty();
	}

	@Test
	void everySlugMatchesWhatEditorsMayType() {
		for (String headline : new String[] { "Beijing says US 'too negative' toward China", "Ultra\u2011Rich",
				"16 Billion Login Credentials Leaked", "U.S. Health Secretary", "Café ☕ 2025" }) {
			assertThat(Slugs.of(headline)).matches(Slugs.PATTERN);
		}
	}

}
