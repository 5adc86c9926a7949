package io.newsdesk.article.revision;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleBylines;
import io.newsdesk.article.Byline;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.site.SiteDates;

import org.springframework.stereotype.Component;

/**
 * Turns stored revision values into what editors read: section and related articles by
 * name, times in the site's zone, "Scheduled" for a published article whose time had not
 * come when it was saved.
 */
@Component
class RevisionDisplay {

	private final ArticleRepository articles;

	private final SiteDates dates;

	private final ArticleBylines bylines;

	RevisionDisplay(ArticleRepository articles, SiteDates dates, ArticleBylines bylines) {
		this.articles = articles;
		this.dates = dates;
		this.bylines = bylines;
	}

	/** The article's authors' names now, in byline order. */
	List<String> authorNames(Article article) {
		return this.bylines.authorsOf(List.of(article.getId()))
			.getOrDefault(article.getId(), List.of())
			.stream()
			.map(Byline.Author::name)
			.toList();
	}

	/** Every field of {@code revision} as display text, in form order. */
	Map<RevisionField, String> values(ArticleRevision revision, Map<Long, String> headlines) {
		Map<RevisionField, String> values = new EnumMap<>(RevisionField.class);
		values.put(RevisionField.HEADLINE, revision.getHeadline());
		values.put(RevisionField.SLUG, revision.getSlug());
		values.put(RevisionField.STANDFIRST, revision.getStandfirst());
		values.put(RevisionField.BODY, revision.getBodyMarkdown());
		values.put(RevisionField.SECTION, revision.getSectionName());
		values.put(RevisionField.TAGS, tags(revision.getTagNames()));
		values.put(RevisionField.BYLINE, revision.getByline());
		values.put(RevisionField.STATUS, status(revision.getStatus(), revision.getPublishAt(), revision.getSavedAt()));
		values.put(RevisionField.PUBLISH_AT, this.dates.display(revision.getPublishAt()));
		values.put(RevisionField.RELATED, related(revision.getRelatedIds(), headlines));
		values.put(RevisionField.AUTHORS,
				revision.recordsAuthorsAndImage() ? String.join(", ", revision.getAuthorNames()) : "(not recorded)");
		values.put(RevisionField.FEATURED_IMAGE, !revision.recordsAuthorsAndImage() ? "(not recorded)"
				: (revision.getFeaturedMediaId() != null) ? "Image #" + revision.getFeaturedMediaId() : "");
		return values;
	}

	/**
	 * Headlines by id for the related articles of all {@code revisions}, in one query.
	 */
	Map<Long, String> headlines(Collection<ArticleRevision> revisions) {
		List<Long> ids = revisions.stream()
			.flatMap((revision) -> revision.getRelatedIds().stream())
			.distinct()
			.toList();
		return headlinesOf(ids);
	}

	Map<Long, String> headlinesOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.articles.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Article::getId, Article::getHeadline, (a, b) -> a));
	}

	/** Related articles one per line, in rail order; deleted ones by their old id. */
	static String related(List<Long> ids, Map<Long, String> headlines) {
		return ids.stream()
			.map((id) -> headlines.getOrDefault(id, "Deleted article (#" + id + ")"))
			.collect(Collectors.joining("\n"));
	}

	static String tags(List<String> names) {
		return names.stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
	}

	/**
	 * "Draft", "Published", "Scheduled" (published with a time after {@code at}), and for
	 * any other stored state its name in words ("IN_REVIEW" reads "In review").
	 */
	static String status(String status, Instant publishAt, Instant at) {
		if ("PUBLISHED".equals(status) && publishAt != null && at != null && publishAt.isAfter(at)) {
			return "Scheduled";
		}
		String words = status.replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** Who saved a revision, as the history shows it. */
	static String who(String name, String username) {
		if (name != null && !name.isBlank()) {
			return name;
		}
		return (username != null) ? username : "System";
	}

	String display(Instant instant) {
		return this.dates.display(instant);
	}

	String iso(Instant instant) {
		return this.dates.iso(instant);
	}

}
