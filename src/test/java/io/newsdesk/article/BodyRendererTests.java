package io.newsdesk.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown in, safe HTML out: formatting survives, anything executable does not. */
class BodyRendererTests {

	private final BodyRenderer renderer = new BodyRenderer();

	@Test
	void markdownIsRendered() {
		Document html = render("## Background\n\nSome *emphasis* and **strong** text.\n\n- one\n- two\n\n"
				+ "> A quoted line\n\n[The AP](https://apnews.com/article)");

		assertThat(html.select("h2").text()).isEqualTo("Background");
		assertThat(html.select("em").text()).isEqualTo("emphasis");
		assertThat(html.select("strong").text()).isEqualTo("strong");
		assertThat(html.select("ul li")).extracting(Element::text).containsExactly("one", "two");
		assertThat(html.select("blockquote").text()).isEqualTo("A quoted line");
		Element link = html.selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("https://apnews.com/article");
		assertThat(link.attr("rel")).isEqualTo("noopener");
	}

	@Test
	void quotesAndApostrophesAreKeptAsTyped() {
		String paragraph = "\"Such an approach, I must say, is too negative,\" he said, adding it's 'not realistic'.";

		Document html = render(paragraph + "\n\nSecond paragraph.");

		assertThat(html.select("p")).extracting(Element::text).containsExactly(paragraph, "Second paragraph.");
	}

	@Test
	void scriptIsStripped() {
		String out = this.renderer
			.toSafeHtml("Hello\n\n<script>alert('x')</script>\n\nInline <script>alert(1)</script> too");

		assertThat(out).doesNotContainIgnoringCase("<script").doesNotContain("alert(");
		assertThat(Jsoup.parse(out).text()).contains("Hello", "Inline", "too");
	}

	@Test
	void eventHandlerAttributesAreStripped() {
		String out = this.renderer.toSafeHtml(
				"<img src=\"https://example.com/x.png\" onerror=\"alert(1)\">\n\n<p onclick=\"alert(2)\">Click</p>");

		assertThat(out).doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onclick");
		assertThat(Jsoup.parse(out).select("img").attr("src")).isEqualTo("https://example.com/x.png");
	}

	@Test
	void javascriptLinksLoseTheirTarget() {
		String out = this.renderer
			.toSafeHtml("[markdown](javascript:alert(1)) and <a href=\"JavaScript:alert(2)\">html</a>"
					+ " and <a href=\"  javascript:alert(3)\">spaced</a>");

		assertThat(out).doesNotContainIgnoringCase("javascript:");
		assertThat(Jsoup.parse(out).text()).contains("markdown", "html", "spaced");
	}

	@Test
	void iframesStylesAndFormsAreStripped() {
		String out = this.renderer.toSafeHtml("<iframe src=\"https://evil.example\"></iframe>"
				+ "<style>body{display:none}</style><form action=\"/x\"><input name=\"a\"></form>Text");

		assertThat(out).doesNotContain("<iframe", "<style", "<form", "<input");
	}

	@Test
	void emptyOrMissingBodyGivesEmptyHtml() {
		assertThat(this.renderer.toSafeHtml(null)).isEmpty();
		assertThat(this.renderer.toSafeHtml("")).isEmpty();
	}

	private Document render(String markdown) {
		return Jsoup.parseBodyFragment(this.renderer.toSafeHtml(markdown));
	}

}
