package io.newsdesk.section;

import io.newsdesk.article.ArticleCard;
import io.newsdesk.article.ArticleReader;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.PageMetadata;
import io.newsdesk.site.Pagination;
import io.newsdesk.site.PublicUrls;
import io.newsdesk.site.SiteProperties;

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

	private final SiteProperties site;

	private final PublicUrls urls;

	SectionPageController(SectionRepository sections, ArticleReader reader, SiteProperties site, PublicUrls urls) {
		this.sections = sections;
		this.reader = reader;
		this.site = site;
		this.urls = urls;
	}

	@GetMapping("/sections/{slug}")
	String show(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		Section section = this.sections.findBySlug(slug).orElseThrow(NotFoundException::new);
		Slice<ArticleCard> articles = this.reader.latestInSection(section.getId(), page - 1);
		NotFoundException.unlessPageExists(articles);
		SectionLink link = new SectionLink(section.getSlug(), section.getName());
		Pagination pagination = Pagination.of(articles, link.url());
		model.addAttribute("section", link);
		model.addAttribute("articles", articles.getContent());
		model.addAttribute("pagination", pagination);
		model.addAttribute("meta",
				PageMetadata.builder()
					.canonical(this.urls.absolute(pagination.currentUrl(link.url())))
					.description("The latest " + section.getName() + " stories from " + this.site.name() + ".")
					.feed(this.site.name() + " – " + section.getName(), this.urls.absolute(link.url() + "/feed.xml"))
					.build());
		return VIEW;
	}

}
