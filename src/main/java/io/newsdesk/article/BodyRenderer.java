package io.newsdesk.article;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into the HTML stored beside it. The HTML goes through an
 * allow-list (jsoup's relaxed list: text formatting, links, lists, tables, quotes, images
 * over http(s)), so whatever is typed, no script, event handler or {@code javascript:}
 * URL reaches a reader. It runs at save time, never per page view.
 */
@Component
public class BodyRenderer {

	private static final Safelist ALLOWED = Safelist.relaxed()
		.preserveRelativeLinks(true)
		.addAttributes("a", "rel")
		.addEnforcedAttribute("a", "rel", "noopener")
		// Library images placed with ![](media:42); io.newsdesk.media.MediaReferences
		// replaces each with the library's own <img> after cleaning.
		.addProtocols("img", "src", "media");

	// jsoup needs a base to judge relative links against; it never appears in the output.
	private static final String BASE_URI = "https://newsdesk.invalid/";

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().build();

	public String toSafeHtml(String markdown) {
		String html = this.renderer.render(this.parser.parse((markdown != null) ? markdown : ""));
		return Jsoup.clean(html, BASE_URI, ALLOWED, OUTPUT);
	}

}
