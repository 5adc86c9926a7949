package io.newsdesk.article.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.article.admin.ArticleEditor;
import io.newsdesk.article.admin.ArticleForm;
import io.newsdesk.article.admin.SaveAction;
import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.SiteDates;
import io.newsdesk.article.workflow.ArticleWorkflow;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.StaffRole;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Restores an old revision by saving its content through {@link ArticleEditor}, exactly
 * as if an editor had typed it into the form: every rule runs (slug clashes, sections,
 * related articles), and the save becomes a new revision, so history is only ever added
 * to. Publication is not touched: the status and publish time stay as they are now.
 */
@Service
@Transactional
class RevisionRestorer {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final ArticleEditor editor;

	private final AuditTrail audit;

	private final SiteDates dates;

	RevisionRestorer(ArticleRepository articles, ArticleRevisionRepository revisions, ArticleEditor editor,
			AuditTrail audit, SiteDates dates) {
		this.articles = articles;
		this.revisions = revisions;
		this.editor = editor;
		this.audit = audit;
		this.dates = dates;
	}

	/**
	 * Who may restore a revision of this article. For now: editors and admins always, a
	 * writer while the article is a draft.
	 * <p>
	 * The same rule as editing: editors and admins always, a writer only their own draft
	 * (io.newsdesk.article.workflow.ArticleWorkflow decides who owns what).
	 */
	static boolean mayRestore(Actor actor, Article article) {
		return actor.canEditAnything() || (actor.is(StaffRole.WRITER) && ArticleWorkflow.owns(actor, article)
				&& article.getStatus() == ArticleStatus.DRAFT && !article.isDeleted());
	}

	/**
	 * @param expectedVersion the article version the confirmation page showed; a
	 * different current version means someone saved since, and nothing is restored
	 * @throws NotFoundException for an unknown article or a revision number it does not
	 * have
	 * @throws AccessDeniedException when {@link #mayRestore} says no
	 */
	Outcome restore(long articleId, int number, Long expectedVersion, Actor actor) {
		Article article = this.articles.findById(articleId).orElseThrow(NotFoundException::new);
		if (!mayRestore(actor, article)) {
			throw new AccessDeniedException("Not allowed to restore revisions of this article");
		}
		ArticleRevision revision = this.revisions.findByArticleIdAndNumber(articleId, number)
			.orElseThrow(NotFoundException::new);
		if (!Objects.equals(expectedVersion, article.getVersion())) {
			return Outcome.stale();
		}
		ArticleForm form = formFrom(revision, article);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		this.editor.check(articleId, form, errors);
		if (errors.hasErrors()) {
			return Outcome.refused(errors.getAllErrors().stream().map((error) -> error.getDefaultMessage()).toList());
		}
		Article saved = this.editor.save(articleId, form, SaveAction.KEEP, errors);
		int newNumber = this.revisions.findFirstByArticleIdOrderByNumberDesc(articleId)
			.map(ArticleRevision::getNumber)
			.orElse(0);
		this.audit.record("article.restore-revision", AuditSubject.article(articleId, saved.getHeadline()),
				"Restored revision " + number + " as revision " + newNumber);
		return Outcome.restored(newNumber);
	}

	/**
	 * The revision's content as the form would post it, with the article's current
	 * publish time so that publication does not change. Related articles deleted since
	 * are left out rather than blocking the restore.
	 */
	private ArticleForm formFrom(ArticleRevision revision, Article article) {
		ArticleForm form = new ArticleForm();
		form.setVersion(article.getVersion());
		form.setHeadline(revision.getHeadline());
		form.setSlug(revision.getSlug());
		form.setStandfirst(revision.getStandfirst());
		form.setBody(revision.getBodyMarkdown());
		form.setSectionId(revision.getSectionId());
		form.setTags(String.join(", ", revision.getTagNames()));
		form.setByline(revision.getByline());
		form.setPublishAt(
				(article.getPublishAt() != null) ? this.dates.toSiteLocal(article.getPublishAt()).toString() : "");
		Set<Long> existing = this.articles.findAllById(revision.getRelatedIds())
			.stream()
			.map(Article::getId)
			.collect(Collectors.toSet());
		form.setRelatedIds(new ArrayList<>(revision.getRelatedIds().stream().filter(existing::contains).toList()));
		// Revisions from before authors and images were recorded keep the current ones:
		// a restore must never silently strip the byline or the picture.
		if (revision.recordsAuthorsAndImage()) {
			form.setAuthorIds(new ArrayList<>(revision.getAuthorIds()));
			form.setFeaturedMediaId(revision.getFeaturedMediaId());
		}
		else {
			form.setAuthorIds(new ArrayList<>(article.getAuthorIds()));
			form.setFeaturedMediaId(article.getFeaturedMediaId());
		}
		return form;
	}

	/** What happened: restored as a new revision, or why not. */
	record Outcome(Integer newNumber, boolean changedMeanwhile, List<String> problems) {

		static Outcome restored(int newNumber) {
			return new Outcome(newNumber, false, List.of());
		}

		static Outcome stale() {
			return new Outcome(null, true, List.of());
		}

		static Outcome refused(List<String> problems) {
			return new Outcome(null, false, problems);
		}

		boolean isRestored() {
			return this.newNumber != null;
		}

	}

}
