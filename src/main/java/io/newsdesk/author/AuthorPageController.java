package io.newsdesk.author;

import java.util.LinkedHashMap;
import java.util.Map;

import io.newsdesk.article.ArticleCard;
import io.newsdesk.article.ArticleReader;
import io.newsdesk.media.MediaImage;
import io.newsdesk.media.MediaImages;
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

/**
 * An author's public page: name, bio and their published articles, newest first. Unlike a
 * tag, an author with nothing published yet still has a page (their name is public in any
 * case); an unknown slug is a 404. Profiles are edited in ProfileAdminController.
 */
@Controller
class AuthorPageController {

	static final String VIEW = "author/show";

	private final AuthorProfiles profiles;

	private final ArticleReader reader;

	private final SiteProperties site;

	private final PublicUrls urls;

	private final MediaImages mediaImages;

	AuthorPageController(AuthorProfiles profiles, ArticleReader reader, SiteProperties site, PublicUrls urls,
			MediaImages mediaImages) {
		this.mediaImages = mediaImages;
		this.profiles = profiles;
		this.reader = reader;
		this.site = site;
		this.urls = urls;
	}

	@GetMapping("/authors/{slug}")
	String show(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		Author author = this.profiles.findBySlug(slug).orElseThrow(NotFoundException::new);
		Slice<ArticleCard> articles = this.reader.latestByAuthor(author.id(), page - 1);
		NotFoundException.unlessPageExists(articles);
		Pagination pagination = Pagination.of(articles, author.url());
		String canonical = this.urls.absolute(pagination.currentUrl(author.url()));
		MediaImage photo = this.mediaImages.find(author.photoMediaId()).orElse(null);
		model.addAttribute("author", author);
		model.addAttribute("photo", photo);
		model.addAttribute("articles", articles.getContent());
		model.addAttribute("pagination", pagination);
		model.addAttribute("meta", PageMetadata.builder()
			.canonical(canonical)
			.description(author.bio().isBlank() ? "Stories by " + author.displayName() + " in " + this.site.name() + "."
					: author.bio())
			.openGraph("og:type", "profile")
			.openGraph("og:title", author.displayName())
			.openGraph("og:url", canonical)
			.openGraph("og:site_name", this.site.name())
			.feed(this.site.name() + " – " + author.displayName(), this.urls.absolute(author.url() + "/feed.xml"))
			.jsonLd(profilePage(author, photo, canonical))
			.build());
		return VIEW;
	}

	private Map<String, Object> profilePage(Author author, MediaImage photo, String canonical) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", "Person");
		person.put("name", author.displayName());
		person.put("url", this.urls.absolute(author.url()));
		if (!author.bio().isBlank()) {
			person.put("description", author.bio());
		}
		if (photo != null) {
			person.put("image", this.urls.absolute(photo.largest().url()));
		}
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("@context", "https://schema.org");
		page.put("@type", "ProfilePage");
		page.put("url", canonical);
		page.put("mainEntity", person);
		return page;
	}

}
