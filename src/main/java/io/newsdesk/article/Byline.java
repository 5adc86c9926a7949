package io.newsdesk.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Who an article is by, as readers see it: its staff authors in order, each linking to
 * their author page, then the free-text credit for agency copy ("Associated Press"), if
 * any. "By Ann Smith and Bo Lee", "By Ann Smith, Bo Lee and Associated Press", "By
 * Associated Press". Loaded for whole lists at once by {@link ArticleBylines}.
 *
 * @param authors staff authors in byline order
 * @param credit the credit text, empty when there is none
 */
public record Byline(List<Author> authors, String credit) {

	public static final Byline NONE = new Byline(List.of(), "");

	public Byline {
		authors = List.copyOf(authors);
		credit = (credit != null) ? credit.strip() : "";
	}

	public boolean isEmpty() {
		return this.authors.isEmpty() && this.credit.isEmpty();
	}

	/**
	 * The names in order, each with what goes before it (", " or " and "), for templates
	 * that link the authors.
	 */
	public List<Part> parts() {
		List<Part> parts = new ArrayList<>();
		this.authors.forEach((author) -> parts.add(new Part(author.name(), author.url(), "")));
		if (!this.credit.isEmpty()) {
			parts.add(new Part(this.credit, null, ""));
		}
		List<Part> joined = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			String separator = (i == 0) ? "" : (i == parts.size() - 1) ? " and " : ", ";
			joined.add(new Part(parts.get(i).name(), parts.get(i).url(), separator));
		}
		return joined;
	}

	/** The byline as plain text, without "By": "Ann Smith and Associated Press". */
	public String text() {
		StringBuilder text = new StringBuilder();
		parts().forEach((part) -> text.append(part.separator()).append(part.name()));
		return text.toString();
	}

	/** A staff author as a byline names them. */
	public record Author(Long id, String name, String slug) {

		public String url() {
			return "/authors/" + this.slug;
		}

	}

	/**
	 * One name in the byline; {@code url} is null for the credit, which has no page.
	 */
	public record Part(String name, String url, String separator) {
	}

}
