package io.newsdesk.article.revision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.site.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an article's history for the history, diff and restore pages. Unknown articles
 * and revision numbers that are not this article's answer 404, so a tampered URL never
 * shows another article's text.
 */
@Service
@Transactional(readOnly = true)
class RevisionHistory {

	static final int PAGE_SIZE = 50;

	/** What a restore writes back; publication (status and time) stays as it is. */
	static final Set<RevisionField> CONTENT = EnumSet
		.complementOf(EnumSet.of(RevisionField.STATUS, RevisionField.PUBLISH_AT));

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final RevisionDisplay display;

	private final Clock clock;

	RevisionHistory(ArticleRepository articles, ArticleRevisionRepository revisions, RevisionDisplay display,
			Clock clock) {
		this.articles = articles;
		this.revisions = revisions;
		this.display = display;
		this.clock = clock;
	}

	Article article(long articleId) {
		return this.articles.findById(articleId).orElseThrow(NotFoundException::new);
	}

	ArticleRevision revision(long articleId, int number) {
		return this.revisions.findByArticleIdAndNumber(articleId, number).orElseThrow(NotFoundException::new);
	}

	/** Revision numbers of the article, newest first, for the compare form. */
	List<Integer> numbers(long articleId) {
		return this.revisions.findNumbers(articleId);
	}

	Page<HistoryRow> rows(long articleId, int page) {
		Integer latest = numbers(articleId).stream().findFirst().orElse(null);
		return this.revisions.findListItems(articleId, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map((item) -> new HistoryRow(item.number(),
					RevisionDisplay.who(item.savedByName(), item.savedByUsername()),
					this.display.display(item.savedAt()), this.display.iso(item.savedAt()),
					RevisionDisplay.status(item.status(), item.publishAt(), item.savedAt()), summary(item),
					item.number() == latest));
	}

	private static String summary(RevisionListItem item) {
		List<RevisionField> changed = RevisionField.fromNames(item.changedFields());
		if (item.number() == 1) {
			return "Created";
		}
		if (changed.isEmpty()) {
			return "Saved without changes";
		}
		return changed.stream().map(RevisionField::label).collect(Collectors.joining(", ")) + " changed";
	}

	Comparison.RevisionMeta meta(ArticleRevision revision) {
		return new Comparison.RevisionMeta(revision.getNumber(),
				RevisionDisplay.who(revision.getSavedByName(), revision.getSavedByUsername()),
				this.display.display(revision.getSavedAt()), this.display.iso(revision.getSavedAt()),
				RevisionDisplay.status(revision.getStatus(), revision.getPublishAt(), revision.getSavedAt()));
	}

	/** Everything that differs from revision {@code from} to revision {@code to}. */
	Comparison compare(ArticleRevision from, ArticleRevision to) {
		return compare(from, to, EnumSet.allOf(RevisionField.class));
	}

	/**
	 * The restore confirmation: what restoring revision {@code number} would change in
	 * the article as it is now (content fields only), and the article's publication
	 * state, which stays.
	 */
	RestorePreview restorePreview(long articleId, int number) {
		Article article = article(articleId);
		ArticleRevision revision = revision(articleId, number);
		return new RestorePreview(article.getId(), article.getHeadline(), meta(revision),
				compare(current(article, this.display.authorNames(article)), revision, CONTENT),
				RevisionDisplay.status(article.getStatus().name(), article.getPublishAt(), this.clock.instant()),
				this.display.display(article.getPublishAt()), article.getVersion());
	}

	/** The article as it is now, as an unsaved revision, so it compares like one. */
	static ArticleRevision current(Article article, List<String> authorNames) {
		return ArticleRevision.of(article, authorNames, null, article.getUpdatedAt(), null, null, null);
	}

	private Comparison compare(ArticleRevision from, ArticleRevision to, Set<RevisionField> fields) {
		Map<Long, String> headlines = this.display.headlines(List.of(from, to));
		Map<RevisionField, String> before = this.display.values(from, headlines);
		Map<RevisionField, String> after = this.display.values(to, headlines);
		Set<RevisionField> changed = to.differencesFrom(from);
		List<Comparison.FieldChange> changes = new ArrayList<>();
		for (RevisionField field : fields) {
			if (field != RevisionField.BODY && changed.contains(field)) {
				changes.add(new Comparison.FieldChange(field.label(), before.get(field), after.get(field)));
			}
		}
		boolean bodyChanged = fields.contains(RevisionField.BODY) && changed.contains(RevisionField.BODY);
		List<WordDiff.Run> body = bodyChanged ? WordDiff.between(from.getBodyMarkdown(), to.getBodyMarkdown())
				: List.of();
		return new Comparison(changes, body, bodyChanged);
	}

	/** What the restore confirmation page shows. */
	record RestorePreview(long articleId, String headline, Comparison.RevisionMeta revision, Comparison comparison,
			String currentStatus, String currentPublishAt, long version) {

	}

	/** A row of the history list. */
	record HistoryRow(int number, String who, String when, String whenIso, String status, String summary,
			boolean current) {

	}

}
