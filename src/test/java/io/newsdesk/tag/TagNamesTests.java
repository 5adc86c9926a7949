package io.newsdesk.tag;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** How the comma-separated Tags field is read and checked. */
class TagNamesTests {

	@Test
	void whitespaceIsCollapsedAndCaseVariantsAreOneTagFirstSpellingWins() {
		assertThat(TagNames.parse("  Hong   Kong , hong kong,China, HONG\tKONG ,china"))
			.containsExactly(entry("hong-kong", "Hong Kong"), entry("china", "China"));
	}

	@Test
	void blankEntriesAndMissingFieldGiveNoTags() {
		assertThat(TagNames.parse(null)).isEmpty();
		assertThat(TagNames.parse("")).isEmpty();
		assertThat(TagNames.parse(" , ,, ")).isEmpty();
	}

	@Test
	void keepsTheOrderTyped() {
		assertThat(TagNames.parse("Taiwan, China, Diplomacy").values()).containsExactly("Taiwan", "China", "Diplomacy");
	}

	@Test
	void twentyTagsAreFineTwentyOneAreTooMany() {
		assertThat(TagNames.problems(tags(20))).isEmpty();
		assertThat(TagNames.problems(tags(21))).containsExactly("Use at most 20 tags (you gave 21).");
	}

	@Test
	void duplicatesDoNotCountTowardsTheLimit() {
		assertThat(TagNames.problems(tags(20) + ", tag 1, TAG 2")).isEmpty();
	}

	@Test
	void tagsUpToFiftyCharactersAreFineLongerOnesAreNot() {
		assertThat(TagNames.problems("x".repeat(50))).isEmpty();
		assertThat(TagNames.problems("x".repeat(51))).singleElement()
			.asString()
			.contains("is longer than 50 characters");
	}

	@Test
	void lengthIsCountedAfterWhitespaceIsCollapsed() {
		assertThat(TagNames.problems("a" + " ".repeat(60) + "b")).isEmpty();
	}

	@Test
	void tagWithoutLettersOrDigitsIsRefused() {
		assertThat(TagNames.problems("China, !!!")).containsExactly("Tag \"!!!\" needs at least one letter or digit.");
	}

	private static String tags(int count) {
		return IntStream.rangeClosed(1, count).mapToObj((i) -> "Tag " + i).collect(Collectors.joining(", "));
	}

}
