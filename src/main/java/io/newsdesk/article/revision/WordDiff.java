package io.newsdesk.article.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * Word-level differences between two texts, as runs of kept, deleted and inserted text
 * that join back into either text exactly (whitespace and line breaks included), so a
 * template can show them with {@code <del>} and {@code <ins>} and escape every run. The
 * comparison itself is java-diff-utils' Myers diff over tokens (see {@link #TOKEN}), so
 * "Rates rose sharply." to "Rates fell sharply." marks one word.
 */
public final class WordDiff {

	/**
	 * Whitespace runs, single CJK characters (those scripts do not separate words with
	 * spaces), and everything else between whitespace as one word, punctuation and
	 * Markdown included: "**bold**" or "<b>x</b>" change as a whole, never as scattered
	 * brackets.
	 */
	private static final Pattern TOKEN = Pattern
		.compile("\\s+|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[^\\s\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+");

	private WordDiff() {
	}

	/** The runs turning {@code from} into {@code to}, in text order. */
	public static List<Run> between(String from, String to) {
		List<String> source = tokens(from);
		List<String> target = tokens(to);
		List<Run> runs = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(source, target, true).getDeltas()) {
			if (delta.getType() == DeltaType.EQUAL) {
				add(runs, Kind.SAME, delta.getSource().getLines());
			}
			else {
				add(runs, Kind.DELETED, delta.getSource().getLines());
				add(runs, Kind.INSERTED, delta.getTarget().getLines());
			}
		}
		return tidy(runs);
	}

	/**
	 * Joins changes separated only by whitespace into one deletion and one insertion, so
	 * "Rates rise again" to "My own headline" reads as one replaced phrase rather than
	 * three words with kept spaces between them.
	 */
	private static List<Run> tidy(List<Run> runs) {
		List<Run> result = new ArrayList<>();
		StringBuilder deleted = new StringBuilder();
		StringBuilder inserted = new StringBuilder();
		for (int i = 0; i < runs.size(); i++) {
			Run run = runs.get(i);
			boolean betweenChanges = run.isSame() && run.text().isBlank() && i > 0 && i < runs.size() - 1
					&& !runs.get(i + 1).isSame();
			if (run.isDeleted() || betweenChanges) {
				deleted.append(run.text());
			}
			if (run.isInserted() || betweenChanges) {
				inserted.append(run.text());
			}
			if (run.isSame() && !betweenChanges) {
				flush(result, deleted, inserted);
				result.add(run);
			}
		}
		flush(result, deleted, inserted);
		return result;
	}

	private static void flush(List<Run> result, StringBuilder deleted, StringBuilder inserted) {
		if (!deleted.isEmpty()) {
			result.add(new Run(Kind.DELETED, deleted.toString()));
			deleted.setLength(0);
		}
		if (!inserted.isEmpty()) {
			result.add(new Run(Kind.INSERTED, inserted.toString()));
			inserted.setLength(0);
		}
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void add(List<Run> runs, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
		if (last != null && last.kind() == kind) {
			runs.set(runs.size() - 1, new Run(kind, last.text() + text));
		}
		else {
			runs.add(new Run(kind, text));
		}
	}

	/** What happened to a run of text. */
	public enum Kind {

		SAME, DELETED, INSERTED

	}

	/** A stretch of text that was kept, deleted or inserted. */
	public record Run(Kind kind, String text) {

		public boolean isSame() {
			return this.kind == Kind.SAME;
		}

		public boolean isDeleted() {
			return this.kind == Kind.DELETED;
		}

		public boolean isInserted() {
			return this.kind == Kind.INSERTED;
		}

	}

}
