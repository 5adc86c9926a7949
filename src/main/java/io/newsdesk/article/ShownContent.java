package io.newsdesk.article;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.ServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the page being rendered shows, noted as it is read (ArticleReader, ArticleCards),
 * so the page cache (io.newsdesk.pagecache) can later drop exactly the pages a change
 * touches. Kept on the current request; outside a request it notes nothing.
 * <p>
 * Two kinds of entries: the articles shown, and the lists the page belongs to or draws
 * from ("front", "section:3", "tag:7", "author:2"). A page of a list is marked as
 * {@link #listing(String) listing} it, because inserting or removing one story shifts
 * every later page of that list; an article page only {@link #drawsFrom(String) draws
 * from} its tags and section, for its rail.
 */
public final class ShownContent {

	private static final String ATTRIBUTE = ShownContent.class.getName();

	private final Set<Long> articles = new HashSet<>();

	private final Set<String> listings = new HashSet<>();

	private final Set<String> sources = new HashSet<>();

	private ShownContent() {
	}

	public Set<Long> articles() {
		return this.articles;
	}

	public Set<String> listings() {
		return this.listings;
	}

	/** Lists the page draws from without being a page of them (includes listings). */
	public Set<String> sources() {
		return this.sources;
	}

	public boolean isEmpty() {
		return this.articles.isEmpty() && this.sources.isEmpty();
	}

	/** Starts noting for this request; returns what will be noted. */
	public static ShownContent startNoting(ServletRequest request) {
		ShownContent shown = new ShownContent();
		request.setAttribute(ATTRIBUTE, shown);
		return shown;
	}

	public static void article(Long id) {
		ShownContent shown = current();
		if (shown != null && id != null) {
			shown.articles.add(id);
		}
	}

	static void listing(String list) {
		ShownContent shown = current();
		if (shown != null) {
			shown.listings.add(list);
			shown.sources.add(list);
		}
	}

	static void drawsFrom(String list) {
		ShownContent shown = current();
		if (shown != null) {
			shown.sources.add(list);
		}
	}

	private static ShownContent current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes != null) ? (ShownContent) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
				: null;
	}

}
