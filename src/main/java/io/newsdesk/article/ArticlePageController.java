package io.newsdesk.article;

import io.newsdesk.site.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public article page; editing lives in ArticleAdminController. */
@Controller
class ArticlePageController {

	static final String VIEW = "article/show";

	private final ArticleReader reader;

	private final ArticleMetadata metadata;

	ArticlePageController(ArticleReader reader, ArticleMetadata metadata) {
		this.reader = reader;
		this.metadata = metadata;
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		ArticleView article = this.reader.findBySlug(slug).orElseThrow(NotFoundException::new);
		model.addAttribute("article", article);
		model.addAttribute("meta", this.metadata.of(article));
		return VIEW;
	}

}
