package io.newsdesk.article.preview;

import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.PageMetadata;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /preview/<token>}: the article's current saved version for whoever holds a link
 * an editor shared, without logging in. Never indexed, never cached (see
 * {@link PreviewBanner}); outside the page cache's paths. An expired or revoked link
 * answers 410 with a page saying so; a token that never existed, or is not even shaped
 * like one, answers 404 like any unknown page.
 */
@Controller
class SharedPreviewController {

	static final String GONE_VIEW = "preview/gone";

	private final PreviewLinks links;

	private final ArticlePreviews previews;

	SharedPreviewController(PreviewLinks links, ArticlePreviews previews) {
		this.links = links;
		this.previews = previews;
	}

	@GetMapping("/preview/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		PreviewBanner.markPrivate(response);
		PreviewLinks.Resolution link = this.links.resolve(token);
		switch (link.outcome()) {
			case FOUND -> {
				return PreviewBanner.render(this.previews.saved(link.articleId()),
						"Shared preview of an article that may still change. Please do not pass this link on. "
								+ "It works until " + link.expiresDisplay() + ".",
						model, response);
			}
			case EXPIRED, REVOKED -> {
				response.setStatus(HttpStatus.GONE.value());
				model.addAttribute("meta", PageMetadata.noindexPage());
				model.addAttribute("expired", link.outcome() == PreviewLinks.Outcome.EXPIRED);
				model.addAttribute("expiredAt", link.expiresDisplay());
				return GONE_VIEW;
			}
			default -> throw new NotFoundException();
		}
	}

}
