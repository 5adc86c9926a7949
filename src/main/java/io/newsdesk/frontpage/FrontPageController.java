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

/**
 * The front page: the breaking-news banner if one is flagged, the lead story (the pinned
 * one while it counts, otherwise the newest), then the latest published articles. Editors
 * steer it through FrontPageControl.
 */
@Controller
class FrontPageController {

	static final String VIEW = "frontpage/index";

	private final ArticleReader reader;

	private final SiteProperties site;

	private final SiteStructuredData siteData;

	private final PublicUrls urls;

	private final FrontPageControl control;

	FrontPageController(ArticleReader reader, SiteProperties site, SiteStructuredData siteData, PublicUrls urls,
			FrontPageControl control) {
		this.reader = reader;
		this.site = site;
		this.siteData = siteData;
		this.urls = urls;
		this.control = control;
	}

	@GetMapping("/")
	String show(@RequestParam(defaultValue = "1") int page, Model model) {
		Slice<ArticleCard> latest = this.reader.latest(page - 1);
		NotFoundException.unlessPageExists(latest);
		List<ArticleCard> cards = latest.getContent();
		boolean firstPage = latest.getNumber() == 0;
		FrontPageControl.Showing showing = firstPage ? this.control.showing()
				: new FrontPageControl.Showing(null, null);
		if (showing.lead() != null) {
			// The pinned story leads; it is not repeated in the list, which otherwise
			// runs as usual (page 2 still starts where it would have).
			model.addAttribute("lead", showing.lead());
			model.addAttribute("articles",
					cards.stream().filter((card) -> !card.url().equals(showing.lead().url())).toList());
		}
		else {
			model.addAttribute("lead", (firstPage && !cards.isEmpty()) ? cards.get(0) : null);
			model.addAttribute("articles", (firstPage && !cards.isEmpty()) ? cards.subList(1, cards.size()) : cards);
		}
		model.addAttribute("breaking", showing.breaking());
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
