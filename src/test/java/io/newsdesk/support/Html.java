package io.newsdesk.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Reads public pages the way a reader sees them: parsed with jsoup, asserted by headings,
 * link texts and {@code <time>} elements rather than by markup details.
 */
public final class Html {

	private Html() {
	}

	/** GETs a page that must exist and parses it. */
	public static Document page(MockMvc mvc, String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as("status of %s", url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
	}

	public static int status(MockMvc mvc, String url) throws Exception {
		return mvc.perform(get(url)).andReturn().getResponse().getStatus();
	}

	/**
	 * Texts of the elements matched by {@code selector} (links, paragraphs), in page
	 * order.
	 */
	public static List<String> texts(Document page, String selector) {
		return page.select(selector).stream().map(Element::text).toList();
	}

	/** Headlines of the story cards (lead story excluded), in page order. */
	public static List<String> cardHeadlines(Document page) {
		return texts(page, "main .card-headline a");
	}

	/** The Related Articles rail's link texts in order; empty when there is no rail. */
	public static List<String> railHeadlines(Document page) {
		return texts(page, "aside.related ol a");
	}

	/** Whether any link in the main content reads exactly {@code text}. */
	public static boolean linksTo(Document page, String text) {
		return page.select("main a").stream().anyMatch((link) -> link.text().equals(text));
	}

}
