package io.newsdesk.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void missingOrBlankQueryIsEmpty() {
		assertThat(SearchQuery.of(null, 200).isEmpty()).isTrue();
		assertThat(SearchQuery.of(" \t\n ", 200).isEmpty()).isTrue();
	}

	@Test
	void controlCharactersBecomeSpacesAndWhitespaceCollapses() {
		assertThat(SearchQuery.of("  hong\u0000kong \r\n\t  trade\u2028", 200))
			.isEqualTo(new SearchQuery("hong kong trade", false));
	}

	@Test
	void metacharactersAreKeptAsTyped() {
		assertThat(SearchQuery.of("'; drop table article; -- \\ .*[(", 200).text())
			.isEqualTo("'; drop table article; -- \\ .*[(");
	}

	@Test
	void longQueryIsCutBeforeTheWordTheLimitWouldSplit() {
		SearchQuery query = SearchQuery.of("table ".repeat(2000), 200);

		assertThat(query.shortened()).isTrue();
		assertThat(query.text()).hasSize(197).endsWith("table").doesNotEndWith(" ");
	}

	@Test
	void longWordWithoutSpacesIsCutAtTheLimit() {
		assertThat(SearchQuery.of("x".repeat(10_000), 200).text()).hasSize(200);
	}

	@Test
	void cutNeverSplitsAnEmoji() {
		SearchQuery query = SearchQuery.of("😀".repeat(300), 200);

		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(200);
		assertThat(query.text()).isEqualTo("😀".repeat(200));
	}

	@Test
	void queryAtTheLimitIsNotShortened() {
		assertThat(SearchQuery.of("a".repeat(200), 200).shortened()).isFalse();
	}

}
