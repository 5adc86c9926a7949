package io.newsdesk.section;

import io.newsdesk.article.ArticleCard;
import io.newsdesk.article.ArticleReader;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.Pagination;

import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A section's published articles, newest first. */
@Controller
class SectionPageController {

	static final String VIEW = "section/show";

	private final SectionRepository sections;

	private final ArticleReader reader;

	SectionPageController(SectionRepository sections, ArticleReader reader) {
		this.sections = sections;
		this.reader = reader;
	}

	@GetMapping("/sections/{slug}")
	String show(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		Section section = this.sections.findBySlug(slug).orElseThrow(NotFoundException::new);
		Slice<ArticleCard> articles = this.reader.latestInSection(section.getId(), page - 1);
		NotFoundException.unlessPageExists(articles);
		model.addAttribute("section", new SectionLink(section.getSlug(), section.getName()));
		model.addAttribute("articles", articles.getContent());
		model.addAttribute("pagination", Pagination.of(articles, "/sections/" + section.getSlug()));
		return VIEW;
	}

}
