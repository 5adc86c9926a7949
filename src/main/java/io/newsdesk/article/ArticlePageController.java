package io.newsdesk.article;

import java.util.Optional;

import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.PageMetadata;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public article page; editing lives in ArticleAdminController. */
@Controller
class ArticlePageController {

	static final String VIEW = "article/show";

	static final String GONE_VIEW = "article/gone";

	private final ArticleReader reader;

	private final ArticleMetadata metadata;

	ArticlePageController(ArticleReader reader, ArticleMetadata metadata) {
		this.reader = reader;
		this.metadata = metadata;
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletResponse response) {
		Optional<ArticleView> found = this.reader.findBySlug(slug);
		if (found.isEmpty() && this.reader.isGone(slug)) {
			// Withdrawn or deleted: 410 tells readers and crawlers it was taken down.
			response.setStatus(HttpServletResponse.SC_GONE);
			model.addAttribute("meta", PageMetadata.noindexPage());
			return GONE_VIEW;
		}
		ArticleView article = found.orElseThrow(NotFoundException::new);
		model.addAttribute("article", article);
		model.addAttribute("meta", this.metadata.of(article));
		return VIEW;
	}

}
