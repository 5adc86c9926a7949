package io.newsdesk.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.newsdesk.article.ArticleBylines;
import io.newsdesk.article.Byline;
import io.newsdesk.author.Author;
import io.newsdesk.author.AuthorProfiles;
import io.newsdesk.section.Section;
import io.newsdesk.section.SectionRepository;
import io.newsdesk.site.PublicUrls;
import io.newsdesk.site.SiteProperties;
import io.newsdesk.tag.Tag;
import io.newsdesk.tag.TagRepository;
import org.jdom2.Element;
import org.jdom2.Namespace;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds the RSS 2.0 feeds (site, section, tag, author) with ROME: the latest visible
 * items, newest first, with absolute links. Served by {@link FeedController}.
 */
@Service
@Transactional(readOnly = true)
class RssFeeds {

	static final int ITEMS = 50;

	private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

	private final FeedRepository feeds;

	private final SectionRepository sections;

	private final TagRepository tags;

	private final SiteProperties site;

	private final PublicUrls urls;

	private final Clock clock;

	private final AuthorProfiles authors;

	private final ArticleBylines bylines;

	RssFeeds(FeedRepository feeds, SectionRepository sections, TagRepository tags, SiteProperties site, PublicUrls urls,
			Clock clock, AuthorProfiles authors, ArticleBylines bylines) {
		this.feeds = feeds;
		this.sections = sections;
		this.tags = tags;
		this.site = site;
		this.urls = urls;
		this.clock = clock;
		this.authors = authors;
		this.bylines = bylines;
	}

	RssFeed site() {
		List<FeedEntry> entries = this.feeds.findLatest(this.clock.instant(), Limit.of(ITEMS));
		return render(this.site.name(), "/", "/feed.xml", this.site.tagline(), entries);
	}

	/** Empty for an unknown section; a section without stories has an empty feed. */
	Optional<RssFeed> section(String slug) {
		return this.sections.findBySlug(slug).map(this::sectionFeed);
	}

	/**
	 * Empty for an unknown tag, and for a tag only drafts use: like the tag page, its
	 * feed must not give a story away.
	 */
	Optional<RssFeed> tag(String slug) {
		return this.tags.findBySlug(slug).flatMap(this::tagFeed);
	}

	/**
	 * Empty for an unknown author; like their page, an author with nothing published has
	 * an empty feed rather than none.
	 */
	Optional<RssFeed> author(String slug) {
		return this.authors.findBySlug(slug).map(this::authorFeed);
	}

	private RssFeed authorFeed(Author author) {
		List<FeedEntry> entries = this.feeds.findLatestByAuthor(author.id(), this.clock.instant(), Limit.of(ITEMS));
		return render(this.site.name() + " – " + author.displayName(), author.url(), author.url() + "/feed.xml",
				"Stories by " + author.displayName() + " in " + this.site.name() + ".", entries);
	}

	private RssFeed sectionFeed(Section section) {
		List<FeedEntry> entries = this.feeds.findLatestInSection(section.getId(), this.clock.instant(),
				Limit.of(ITEMS));
		String page = "/sections/" + section.getSlug();
		return render(this.site.name() + " – " + section.getName(), page, page + "/feed.xml",
				"The latest " + section.getName() + " stories from " + this.site.name() + ".", entries);
	}

	private Optional<RssFeed> tagFeed(Tag tag) {
		List<FeedEntry> entries = this.feeds.findLatestWithTag(tag.getId(), this.clock.instant(), Limit.of(ITEMS));
		if (entries.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(render(this.site.name() + " – " + tag.getName(), tag.url(), tag.url() + "/feed.xml",
				"Stories tagged " + tag.getName() + " in " + this.site.name() + ".", entries));
	}

	private RssFeed render(String title, String pagePath, String feedPath, String description,
			List<FeedEntry> entries) {
		Map<Long, List<Category>> categories = categoriesOf(entries);
		Map<Long, List<Byline.Author>> authorsById = this.bylines
			.authorsOf(entries.stream().map(FeedEntry::id).toList());
		Instant lastModified = entries.stream().map(FeedEntry::changedAt).max(Comparator.naturalOrder()).orElse(null);

		Channel channel = new Channel("rss_2.0");
		channel.setEncoding("UTF-8");
		channel.setTitle(title);
		channel.setLink(this.urls.absolute(pagePath));
		channel.setDescription(description);
		channel.setLanguage("en-gb");
		channel.setForeignMarkup(List.of(selfLink(feedPath)));
		if (lastModified != null) {
			// Not "now": the same items must give the same bytes, or the ETag would
			// change on every request.
			channel.setPubDate(Date.from(lastModified));
			channel.setLastBuildDate(Date.from(lastModified));
		}
		List<Item> items = new ArrayList<>();
		for (FeedEntry entry : entries) {
			items.add(item(entry, categories.getOrDefault(entry.id(), List.of()),
					new Byline(authorsById.getOrDefault(entry.id(), List.of()), entry.byline())));
		}
		channel.setItems(items);

		byte[] xml = write(channel);
		return new RssFeed(xml, etag(xml), lastModified);
	}

	/**
	 * {@code <atom:link rel="self">}: the feed's own address, which RSS 2.0 has no
	 * element for and feed validators ask for.
	 */
	private Element selfLink(String feedPath) {
		Element self = new Element("link", ATOM);
		self.setAttribute("href", this.urls.absolute(feedPath));
		self.setAttribute("rel", "self");
		self.setAttribute("type", "application/rss+xml");
		return self;
	}

	private Map<Long, List<Category>> categoriesOf(List<FeedEntry> entries) {
		Map<Long, List<Category>> result = new LinkedHashMap<>();
		if (entries.isEmpty()) {
			return result;
		}
		for (FeedCategory row : this.feeds.findCategories(entries.stream().map(FeedEntry::id).toList())) {
			Category category = new Category();
			category.setValue(row.name());
			category.setDomain(this.urls.absolute(row.path()));
			result.computeIfAbsent(row.articleId(), (id) -> new ArrayList<>()).add(category);
		}
		return result;
	}

	private Item item(FeedEntry entry, List<Category> categories, Byline byline) {
		String link = this.urls.absolute(entry.path());
		Item item = new Item();
		item.setTitle(entry.headline());
		item.setLink(link);
		Guid guid = new Guid();
		guid.setValue(link);
		guid.setPermaLink(true);
		item.setGuid(guid);
		if (!entry.standfirst().isBlank()) {
			// RSS descriptions are HTML: a standfirst is plain text, so escape it once
			// for HTML (ROME escapes again for XML).
			Description description = new Description();
			description.setType("text/html");
			description.setValue(HtmlUtils.htmlEscape(entry.standfirst()));
			item.setDescription(description);
		}
		item.setPubDate(Date.from(entry.publishAt()));
		item.setCategories(categories);
		if (!byline.isEmpty()) {
			// RSS 2.0's <author> must be an e-mail address; a byline is names, which is
			// what Dublin Core's creator is for: one per author, in order, then the
			// credit.
			DCModule dublinCore = new DCModuleImpl();
			dublinCore.setCreators(byline.parts().stream().map(Byline.Part::name).toList());
			item.getModules().add(dublinCore);
		}
		return item;
	}

	private static byte[] write(Channel channel) {
		try {
			return new WireFeedOutput().outputString(channel).getBytes(StandardCharsets.UTF_8);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Feed could not be written", ex);
		}
	}

	private static String etag(byte[] xml) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(xml);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
