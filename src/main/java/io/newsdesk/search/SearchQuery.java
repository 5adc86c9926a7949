package io.newsdesk.search;

/**
 * What a reader typed, made safe to hand to PostgreSQL: control characters (NUL above
 * all, which PostgreSQL refuses in text) become spaces, runs of whitespace collapse, and
 * anything past {@code maxLength} characters is cut off — at a code point, never in the
 * middle of an emoji, and before a word the limit would cut in two (searching for half a
 * word finds nothing). Quotes, backslashes and SQL or regex metacharacters stay as typed:
 * the text is a bound parameter parsed by {@code websearch_to_tsquery}, which never
 * raises a syntax error.
 *
 * @param text the query as searched and shown back in the box
 * @param shortened whether the reader's query was longer than allowed
 */
record SearchQuery(String text, boolean shortened) {

	static SearchQuery of(String typed, int maxLength) {
		if (typed == null) {
			return new SearchQuery("", false);
		}
		String cleaned = typed.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
		if (cleaned.codePointCount(0, cleaned.length()) <= maxLength) {
			return new SearchQuery(cleaned, false);
		}
		int end = cleaned.offsetByCodePoints(0, maxLength);
		String cut = cleaned.substring(0, end);
		int lastSpace = cut.lastIndexOf(' ');
		if (cleaned.charAt(end) != ' ' && lastSpace > 0) {
			cut = cut.substring(0, lastSpace);
		}
		return new SearchQuery(cut.strip(), true);
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

}
