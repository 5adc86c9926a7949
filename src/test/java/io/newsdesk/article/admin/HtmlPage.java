package io.newsdesk.article.admin;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rendered page read the way an editor reads it: fields found by their label text,
 * errors by the field they sit next to.
 */
final class HtmlPage {

	private final Document document;

	private HtmlPage(Document document) {
		this.document = document;
	}

	static HtmlPage of(MvcResult result) throws Exception {
		return of(result.getResponse().getContentAsString());
	}

	static HtmlPage of(String html) {
		return new HtmlPage(Jsoup.parse(html));
	}

	Document document() {
		return this.document;
	}

	/** The form control a label with exactly this text points at. */
	Element field(String label) {
		Element found = this.document.select("label")
			.stream()
			.filter((candidate) -> candidate.text().strip().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No label \"" + label + "\" on the page"));
		String id = found.attr("for");
		Element control = this.document.getElementById(id);
		assertThat(control).as("control labelled \"%s\"", label).isNotNull();
		return control;
	}

	/** What the field shows: an input's value, a textarea's text. */
	String valueOf(String label) {
		Element control = field(label);
		return control.tagName().equals("textarea") ? control.wholeText() : control.val();
	}

	/** The visible text of the chosen options of a select, in page order. */
	List<String> chosenIn(String label) {
		return field(label).select("option[selected]").eachText();
	}

	/** The option texts of a select, in page order. */
	List<String> optionsIn(String label) {
		return field(label).select("option").eachText();
	}

	/** The error shown in the same field block as the labelled control ("" if none). */
	String errorFor(String label) {
		Element block = field(label).closest(".field");
		assertThat(block).as("field block of \"%s\"", label).isNotNull();
		return block.select(".field-error").text();
	}

	/** Every field that shows an error, by label. */
	List<String> fieldsWithErrors() {
		return this.document.select(".field:has(.field-error) label").eachText();
	}

	String alert() {
		return this.document.select("[role=alert]").text();
	}

	String flash() {
		return this.document.select(".flash[role=status]").text();
	}

	boolean hasButton(String text) {
		return this.document.select("button").stream().anyMatch((button) -> button.text().strip().equals(text));
	}

	String text() {
		return this.document.text();
	}

}
