package io.newsdesk.tag;

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

/** A tag's published articles, newest first. */
@Controller
class TagPageController {

	static final String VIEW = "tag/show";

	private final TagRepository tags;

	private final ArticleReader reader;

	private final SiteProperties site;

	private final PublicUrls urls;

	TagPageController(TagRepository tags, ArticleReader reader, SiteProperties site, PublicUrls urls) {
		this.tags = tags;
		this.reader = reader;
		this.site = site;
		this.urls = urls;
	}

	@GetMapping("/tags/{slug}")
	String show(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		Tag tag = this.tags.findBySlug(slug).orElseThrow(NotFoundException::new);
		Slice<ArticleCard> articles = this.reader.latestWithTag(tag.getId(), page - 1);
		// A tag used only by drafts must not reveal itself (its name could give a story
		// away).
		if (articles.getContent().isEmpty()) {
			throw new NotFoundException();
		}
		Pagination pagination = Pagination.of(articles, tag.url());
		model.addAttribute("tag", TagLink.of(tag));
		model.addAttribute("articles", articles.getContent());
		model.addAttribute("pagination", pagination);
		model.addAttribute("meta",
				PageMetadata.builder()
					.canonical(this.urls.absolute(pagination.currentUrl(tag.url())))
					.description("Stories tagged " + tag.getName() + " in " + this.site.name() + ".")
					.feed(this.site.name() + " – " + tag.getName(), this.urls.absolute(tag.url() + "/feed.xml"))
					.build());
		return VIEW;
	}

}
