package io.newsdesk.article.preview;

import io.newsdesk.site.PageMetadata;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;

/**
 * What every preview response carries besides the article: the "Preview — not published"
 * banner (a block in article/show.html), noindex in the page and in an
 * {@code X-Robots-Tag} header, and {@code Cache-Control: private, no-store} so neither
 * the page cache (which never stores a response that sets its own Cache-Control), a CDN
 * nor the browser keeps it.
 *
 * @param detail one sentence under the banner's heading saying which version this is
 */
public record PreviewBanner(String detail) {

	static final String ARTICLE_VIEW = "article/show";

	static final String PRIVATE_NO_STORE = "private, no-store";

	static void markPrivate(HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_STORE);
	}

	static String render(ArticlePreviews.Preview preview, String detail, Model model, HttpServletResponse response) {
		markPrivate(response);
		model.addAttribute("article", preview.article());
		model.addAttribute("updates", preview.updates());
		model.addAttribute("meta", PageMetadata.noindexPage());
		model.addAttribute("preview", new PreviewBanner(detail));
		return ARTICLE_VIEW;
	}

}
