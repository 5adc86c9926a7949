package io.newsdesk.frontpage;

import java.util.List;

import io.newsdesk.article.ArticleCard;
import io.newsdesk.article.ArticleReader;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.Pagination;

import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front page: the lead story, then the latest published articles. */
@Controller
class FrontPageController {

	static final String VIEW = "frontpage/index";

	private final ArticleReader reader;

	FrontPageController(ArticleReader reader) {
		this.reader = reader;
	}

	@GetMapping("/")
	String show(@RequestParam(defaultValue = "1") int page, Model model) {
		Slice<ArticleCard> latest = this.reader.latest(page - 1);
		NotFoundException.unlessPageExists(latest);
		List<ArticleCard> cards = latest.getContent();
		boolean firstPage = latest.getNumber() == 0;
		model.addAttribute("lead", (firstPage && !cards.isEmpty()) ? cards.get(0) : null);
		model.addAttribute("articles", (firstPage && !cards.isEmpty()) ? cards.subList(1, cards.size()) : cards);
		model.addAttribute("pagination", Pagination.of(latest, "/"));
		return VIEW;
	}

}
