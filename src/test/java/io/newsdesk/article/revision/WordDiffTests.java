package io.newsdesk.article.revision;

import java.util.List;
import java.util.stream.Collectors;

import io.newsdesk.article.revision.WordDiff.Kind;
import io.newsdesk.article.revision.WordDiff.Run;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void aChangedWordIsOneDeletionAndOneInsertion() {
		assertThat(WordDiff.between("Rates rose sharply.", "Rates fell sharply.")).containsExactly(
				new Run(Kind.SAME, "Rates "), new Run(Kind.DELETED, "rose"), new Run(Kind.INSERTED, "fell"),
				new Run(Kind.SAME, " sharply."));
	}

	@Test
	void runsJoinBackIntoEitherTextExactly() {
		String from = "First paragraph.\n\nSecond  one, with\ttabs and **bold**.";
		String to = "First paragraph!\n\nA new one.\n\nSecond one, with\ttabs and *italic*.";
		List<Run> runs = WordDiff.between(from, to);
		assertThat(runs.stream().filter((run) -> !run.isInserted()).map(Run::text).collect(Collectors.joining()))
			.isEqualTo(from);
		assertThat(runs.stream().filter((run) -> !run.isDeleted()).map(Run::text).collect(Collectors.joining()))
			.isEqualTo(to);
	}

	@Test
	void changesSeparatedOnlyBySpacesReadAsOnePhrase() {
		assertThat(WordDiff.between("Rates rise again today", "My own headline today")).containsExactly(
				new Run(Kind.DELETED, "Rates rise again"), new Run(Kind.INSERTED, "My own headline"),
				new Run(Kind.SAME, " today"));
	}

	@Test
	void identicalTextsAreOneUnchangedRun() {
		assertThat(WordDiff.between("Same text.", "Same text.")).containsExactly(new Run(Kind.SAME, "Same text."));
	}

	@Test
	void emptyAndMissingTextsAreHandled() {
		assertThat(WordDiff.between("", "")).isEmpty();
		assertThat(WordDiff.between(null, "New")).containsExactly(new Run(Kind.INSERTED, "New"));
		assertThat(WordDiff.between("Old", "")).containsExactly(new Run(Kind.DELETED, "Old"));
	}

	@Test
	void wordsAreSplitAtWhitespaceAndCjkByCharacter() {
		assertThat(WordDiff.tokens("Zürich 北京 **café**, ok")).containsExactly("Zürich", " ", "北", "京", " ", "**café**,",
				" ", "ok");
	}

}
