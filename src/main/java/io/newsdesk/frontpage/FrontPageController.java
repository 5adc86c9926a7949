package io.newsdesk.frontpage;

import java.util.List;

import io.newsdesk.article.ArticleCard;
import io.newsdesk.article.ArticleReader;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.PageMetadata;
import io.newsdesk.site.Pagination;
import io.newsdesk.site.PublicUrls;
import io.newsdesk.site.SiteProperties;
import io.newsdesk.site.SiteStructuredData;

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

	private final SiteProperties site;

	private final SiteStructuredData siteData;

	private final PublicUrls urls;

	FrontPageController(ArticleReader reader, SiteProperties site, SiteStructuredData siteData, PublicUrls urls) {
		this.reader = reader;
		this.site = site;
		this.siteData = siteData;
		this.urls = urls;
	}

	@GetMapping("/")
	String show(@RequestParam(defaultValue = "1") int page, Model model) {
		Slice<ArticleCard> latest = this.reader.latest(page - 1);
		NotFoundException.unlessPageExists(latest);
		List<ArticleCard> cards = latest.getContent();
		boolean firstPage = latest.getNumber() == 0;
		model.addAttribute("lead", (firstPage && !cards.isEmpty()) ? cards.get(0) : null);
		model.addAttribute("articles", (firstPage && !cards.isEmpty()) ? cards.subList(1, cards.size()) : cards);
		Pagination pagination = Pagination.of(latest, "/");
		model.addAttribute("pagination", pagination);
		model.addAttribute("meta",
				PageMetadata.builder()
					.canonical(this.urls.absolute(pagination.currentUrl("/")))
					.description(this.site.tagline())
					.feed(this.site.name(), this.siteData.siteFeedUrl())
					.jsonLd(this.siteData.webSite())
					.jsonLd(this.siteData.organization())
					.build());
		return VIEW;
	}

}
