package io.newsdesk.article.revision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.admin.ArticleForm;
import io.newsdesk.section.Section;
import io.newsdesk.section.SectionRepository;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.SiteDates;
import io.newsdesk.tag.TagNames;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conflict page after a stale save: the editor's version (the form as posted) beside
 * the version saved meanwhile, field by field, with the words that differ marked, and who
 * saved it when (from the latest revision). The article form shows it; nothing typed is
 * dropped, and the form then carries the current version so a second save overwrites
 * knowingly.
 */
@Service
@Transactional(readOnly = true)
public class EditConflicts {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final SectionRepository sections;

	private final RevisionDisplay display;

	private final SiteDates dates;

	EditConflicts(ArticleRepository articles, ArticleRevisionRepository revisions, SectionRepository sections,
			RevisionDisplay display, SiteDates dates) {
		this.articles = articles;
		this.revisions = revisions;
		this.sections = sections;
		this.display = display;
		this.dates = dates;
	}

	/** Compares what the editor posted with the article as saved now. */
	public Conflict compare(long articleId, ArticleForm yours) {
		Article article = this.articles.findById(articleId).orElseThrow(NotFoundException::new);
		ArticleRevision current = RevisionHistory.current(article, this.display.authorNames(article));
		ArticleRevision latest = this.revisions.findFirstByArticleIdOrderByNumberDesc(articleId).orElse(null);
		boolean known = latest != null && latest.getArticleVersion() == article.getVersion();
		String savedBy = known ? RevisionDisplay.who(latest.getSavedByName(), latest.getSavedByUsername()) : "Someone";
		Instant savedAt = known ? latest.getSavedAt() : article.getUpdatedAt();

		List<Long> yourRelated = yours.getRelatedIds().stream().filter(Objects::nonNull).distinct().toList();
		List<Long> allRelated = new ArrayList<>(current.getRelatedIds());
		allRelated.addAll(yourRelated);
		Map<Long, String> headlines = this.display.headlinesOf(allRelated);
		Map<RevisionField, String> theirs = this.display.values(current, headlines);

		List<ConflictField> fields = new ArrayList<>();
		fields.add(field("headline", RevisionField.HEADLINE, strip(yours.getHeadline()), theirs));
		fields.add(field("slug", RevisionField.SLUG, strip(yours.getSlug()), theirs));
		fields.add(field("standfirst", RevisionField.STANDFIRST, strip(yours.getStandfirst()), theirs));
		fields.add(field("body", RevisionField.BODY, Objects.toString(yours.getBody(), ""), theirs));
		fields.add(field("sectionId", RevisionField.SECTION, sectionName(yours.getSectionId()), theirs));
		fields.add(field("tags", RevisionField.TAGS,
				RevisionDisplay.tags(List.copyOf(TagNames.parse(yours.getTags()).values())), theirs));
		fields.add(field("byline", RevisionField.BYLINE, strip(yours.getByline()), theirs));
		fields.add(field("publishAt", RevisionField.PUBLISH_AT, publishAt(yours.getPublishAt()), theirs));
		fields.add(field("relatedIds", RevisionField.RELATED, RevisionDisplay.related(yourRelated, headlines), theirs));
		return new Conflict(article.getVersion(), savedBy, this.dates.display(savedAt), this.dates.iso(savedAt),
				theirs.get(RevisionField.STATUS), fields);
	}

	private static ConflictField field(String name, RevisionField field, String yours,
			Map<RevisionField, String> theirs) {
		String current = Objects.toString(theirs.get(field), "");
		List<WordDiff.Run> runs = WordDiff.between(current, yours);
		return new ConflictField(name, field.label(), !current.equals(yours),
				runs.stream().filter((run) -> !run.isDeleted()).toList(),
				runs.stream().filter((run) -> !run.isInserted()).toList(), current);
	}

	private String sectionName(Long sectionId) {
		return (sectionId != null) ? this.sections.findById(sectionId).map(Section::getName).orElse("") : "";
	}

	/**
	 * As the editor will read it beside the saved time; what the editor typed if
	 * unreadable.
	 */
	private String publishAt(String typed) {
		String value = strip(typed);
		if (value.isEmpty()) {
			return "";
		}
		try {
			return this.dates.display(this.dates.fromSiteLocal(LocalDateTime.parse(value.replace(' ', 'T'))));
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	/**
	 * Both versions of an article after a stale save.
	 *
	 * @param currentVersion the version saved meanwhile, which the form now carries
	 */
	public record Conflict(long currentVersion, String savedBy, String savedAt, String savedAtIso, String currentStatus,
			List<ConflictField> fields) {

		/** The comparison for one form field, by its name ("body", "sectionId"). */
		public ConflictField field(String name) {
			return this.fields.stream().filter((field) -> field.name().equals(name)).findFirst().orElse(null);
		}

		public List<ConflictField> differing() {
			return this.fields.stream().filter(ConflictField::differs).toList();
		}

		public List<String> sameLabels() {
			return this.fields.stream().filter((field) -> !field.differs()).map(ConflictField::label).toList();
		}

	}

	/**
	 * One field in both versions: the runs of each with the words that differ marked
	 * (inserted runs are yours only, deleted ones the current version's only), and the
	 * current value as plain text to copy from.
	 */
	public record ConflictField(String name, String label, boolean differs, List<WordDiff.Run> yours,
			List<WordDiff.Run> current, String currentText) {

	}

}
