package io.newsdesk.article;

import java.util.Optional;

import io.newsdesk.article.correction.ArticleNotes;
import io.newsdesk.article.redirect.SlugHistory;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.PageMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;

/** The public article page; editing lives in ArticleAdminController. */
@Controller
class ArticlePageController {

	static final String VIEW = "article/show";

	static final String GONE_VIEW = "article/gone";

	private final ArticleReader reader;

	private final ArticleMetadata metadata;

	private final SlugHistory slugHistory;

	private final ArticleNotes notes;

	ArticlePageController(ArticleReader reader, ArticleMetadata metadata, SlugHistory slugHistory, ArticleNotes notes) {
		this.reader = reader;
		this.metadata = metadata;
		this.slugHistory = slugHistory;
		this.notes = notes;
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<ArticleView> found = this.reader.findBySlug(slug);
		if (found.isEmpty()) {
			if (this.reader.isGone(slug)) {
				// Withdrawn or deleted: 410 tells readers and crawlers it was taken down.
				response.setStatus(HttpServletResponse.SC_GONE);
				model.addAttribute("meta", PageMetadata.noindexPage());
				return GONE_VIEW;
			}
			// URLs never break (io.newsdesk.article.redirect): an old slug of a public
			// article answers 301 to where it lives now, in one hop.
			String movedTo = this.slugHistory.currentUrlFor(slug).orElseThrow(NotFoundException::new);
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + movedTo;
		}
		ArticleView article = found.get();
		model.addAttribute("article", article);
		model.addAttribute("meta", this.metadata.of(article));
		// "Updated" time and corrections (io.newsdesk.article.correction).
		model.addAttribute("updates", this.notes.forPage(slug));
		return VIEW;
	}

}
