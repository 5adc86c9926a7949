package io.newsdesk.article;

import org.jsoup.Jsoup;

/**
 * The plain text of a rendered body, as a reader reads it: tags dropped, entities
 * decoded, whitespace collapsed, paragraphs run together with a space. Stored beside the
 * Markdown and HTML ({@code article.body_text}) so search snippets and the full-text
 * vector never see Markdown syntax or link addresses.
 */
public final class BodyText {

	private BodyText() {
	}

	public static String fromHtml(String html) {
		if (html == null || html.isEmpty()) {
			return "";
		}
		return Jsoup.parseBodyFragment(html).body().text();
	}

}
