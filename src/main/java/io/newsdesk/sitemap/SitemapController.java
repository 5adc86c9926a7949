package io.newsdesk.sitemap;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLStreamException;

import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.PublicUrls;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Sitemaps for search engines and robots.txt, which names them. The XML is written
 * straight to the response as rows arrive (see {@link Sitemaps}).
 */
@Controller
class SitemapController {

	static final String XML = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";

	private final Sitemaps sitemaps;

	private final PublicUrls urls;

	SitemapController(Sitemaps sitemaps, PublicUrls urls) {
		this.sitemaps = sitemaps;
		this.urls = urls;
	}

	@GetMapping("/sitemap.xml")
	void index(HttpServletResponse response) throws IOException, XMLStreamException {
		this.sitemaps.writeIndex(() -> xml(response));
	}

	@GetMapping("/sitemaps/articles-{number:\\d{1,9}}.xml")
	void articles(@PathVariable int number, HttpServletResponse response) throws IOException, XMLStreamException {
		if (!this.sitemaps.writeArticles(number, () -> xml(response))) {
			throw new NotFoundException();
		}
	}

	@GetMapping(Sitemaps.PAGES_FILE)
	void pages(HttpServletResponse response) throws IOException, XMLStreamException {
		this.sitemaps.writePages(() -> xml(response));
	}

	@GetMapping("/news-sitemap.xml")
	void news(HttpServletResponse response) throws IOException, XMLStreamException {
		this.sitemaps.writeNews(() -> xml(response));
	}

	/** Crawlers stay out of the admin; both sitemaps are named with absolute URLs. */
	@GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
	@ResponseBody
	String robots() {
		return """
				User-agent: *
				Disallow: /admin

				Sitemap: %s
				Sitemap: %s
				""".formatted(this.urls.absolute("/sitemap.xml"), this.urls.absolute("/news-sitemap.xml"));
	}

	private static OutputStream xml(HttpServletResponse response) throws IOException {
		response.setContentType(XML);
		return response.getOutputStream();
	}

}
