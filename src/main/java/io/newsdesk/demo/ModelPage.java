package io.newsdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The London Daily page of 20 June 2025 as captured in
 * {@code demo/london-daily-2025-06-20.txt}: the story's headline and paragraphs, and the
 * headlines of its Related Articles list.
 */
record ModelPage(String headline, List<String> paragraphs, List<String> relatedHeadlines) {

	static final String RESOURCE = "/demo/london-daily-2025-06-20.txt";

	static ModelPage load() {
		try (InputStream in = ModelPage.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The capture is the page's text: masthead lines, the headline (twice), one paragraph
	 * per line, then "Newsletter", "Related Articles", the audio player's "0:00 / 0:00 /
	 * Close", and one related headline per line until the closing "×".
	 */
	static ModelPage parse(String text) {
		List<String> lines = text.lines().map(String::strip).toList();
		int headlineAt = indexOfRepeatedLine(lines);
		String headline = lines.get(headlineAt);
		int newsletterAt = lines.indexOf("Newsletter");
		List<String> paragraphs = lines.subList(headlineAt + 3, newsletterAt)
			.stream()
			.filter((line) -> !line.isEmpty())
			.toList();
		List<String> related = new ArrayList<>();
		int closeAt = lines.indexOf("Close");
		for (String line : lines.subList(closeAt + 1, lines.size())) {
			String cleaned = line.replace("×", "").strip();
			if (!cleaned.isEmpty()) {
				related.add(cleaned);
			}
		}
		return new ModelPage(headline, paragraphs, related);
	}

	private static int indexOfRepeatedLine(List<String> lines) {
		for (int i = 0; i + 2 < lines.size(); i++) {
			if (!lines.get(i).isEmpty() && lines.get(i).equals(lines.get(i + 2)) && lines.get(i + 1).isEmpty()) {
				return i;
			}
		}
		throw new IllegalStateException("The model page has no headline");
	}

}
