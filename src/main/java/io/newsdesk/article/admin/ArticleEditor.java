package io.newsdesk.article.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.article.BodyRenderer;
import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.article.Slugs;
import io.newsdesk.article.correction.VisibleUpdate;
import io.newsdesk.article.redirect.SlugHistory;
import io.newsdesk.article.revision.RevisionRecorder;
import io.newsdesk.media.MediaImages;
import io.newsdesk.media.MediaReferences;
import io.newsdesk.article.workflow.ArticleWorkflow;
import io.newsdesk.article.workflow.Decision;
import io.newsdesk.article.workflow.StateChanges;
import io.newsdesk.article.workflow.WorkflowAction;
import io.newsdesk.author.AuthorDirectory;
import io.newsdesk.section.Section;
import io.newsdesk.section.SectionRepository;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.SiteDates;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;
import io.newsdesk.staff.StaffRole;
import io.newsdesk.tag.Tag;
import io.newsdesk.tag.TagNames;
import io.newsdesk.tag.TagRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.util.StringUtils;

/**
 * Saves the article form: checks the rules that need the database, then writes the
 * article, its tags and its related links in one transaction. Every check runs before the
 * first write, so a rejected form leaves nothing behind. Every state change (publish,
 * submit, unpublish, delete, restore...) is asked of ArticleWorkflow first and recorded
 * in the audit trail in the same transaction.
 */
@Service
@Transactional
public class ArticleEditor {

	private final ArticleRepository articles;

	private final SectionRepository sections;

	private final TagRepository tags;

	private final BodyRenderer bodyRenderer;

	private final SiteDates dates;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SlugHistory slugHistory;

	private final RevisionRecorder revisions;

	private final MediaImages mediaImages;

	private final MediaReferences mediaReferences;

	private final CurrentStaff staff;

	private final StateChanges stateChanges;

	/** Who acts for demo content and imports, which no staff member types in. */
	private static final Actor SYSTEM = new Actor(null, null, "Newsdesk", StaffRole.ADMIN);

	private final AuthorDirectory authors;

	private final ArticleBodyMedia bodyMedia;

	ArticleEditor(ArticleRepository articles, SectionRepository sections, TagRepository tags, BodyRenderer bodyRenderer,
			SiteDates dates, Clock clock, ApplicationEventPublisher events, SlugHistory slugHistory,
			RevisionRecorder revisions, MediaImages mediaImages, MediaReferences mediaReferences, CurrentStaff staff,
			StateChanges stateChanges, AuthorDirectory authors, ArticleBodyMedia bodyMedia) {
		this.articles = articles;
		this.sections = sections;
		this.tags = tags;
		this.bodyRenderer = bodyRenderer;
		this.dates = dates;
		this.clock = clock;
		this.events = events;
		this.slugHistory = slugHistory;
		this.revisions = revisions;
		this.mediaImages = mediaImages;
		this.mediaReferences = mediaReferences;
		this.staff = staff;
		this.stateChanges = stateChanges;
		this.authors = authors;
		this.bodyMedia = bodyMedia;
	}

	/**
	 * @param id the article being edited, or {@code null} for a new one
	 * @throws ArticleFormRejectedException with field errors added to {@code errors}
	 * @throws StaleArticleException when someone else saved since the form was opened
	 * @throws io.newsdesk.article.workflow.ArticleActionRefusedException when the
	 * logged-in staff member may not do this to the article in its current state
	 */
	public Article save(Long id, ArticleForm form, SaveAction action, Errors errors) {
		return save(id, form, action, errors, this.staff.require());
	}

	private Article save(Long id, ArticleForm form, SaveAction action, Errors errors, Actor actor) {
		// PostgreSQL keeps microseconds and rounds the rest, which could put "publish
		// now"
		// a fraction of a microsecond in the future; store exactly what is compared.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Article existing = (id != null) ? this.articles.findById(id).orElseThrow(NotFoundException::new) : null;
		if (existing != null && !Objects.equals(form.getVersion(), existing.getVersion())) {
			throw new StaleArticleException();
		}
		WorkflowAction move = action.workflowAction();
		ArticleStatus next = decide(existing, move, actor, now).orThrow();
		if (action == SaveAction.SEND_BACK && !StringUtils.hasText(form.getReviewNote())) {
			errors.rejectValue("reviewNote", "reviewNote.required",
					"Write a note telling the writer what to change before sending it back.");
		}
		Checked checked = check(id, form, errors);
		if (errors.hasErrors()) {
			throw new ArticleFormRejectedException(errors);
		}
		Section section = checked.section();
		Instant publishAt = checked.publishAt();
		String slug = checked.slug();
		List<Long> relatedIds = checked.relatedIds();
		// What the article was before this save: an old address is kept only if
		// readers could reach it, and only an edit of a live article is an update
		// (io.newsdesk.article.redirect, io.newsdesk.article.correction).
		String previousSlug = (existing != null) ? existing.getSlug() : null;
		boolean wasPublic = existing != null && existing.isVisibleAt(now);
		String previousText = (existing != null) ? VisibleUpdate.readersText(existing) : null;

		ArticleStatus before = (existing != null) ? existing.getStatus() : null;
		Article article = (existing != null) ? existing : new Article(slug, form.getHeadline().strip(), section, now);
		if (existing == null) {
			article.setCreatedBy(actor.id());
		}
		article.setSlug(slug);
		article.setHeadline(form.getHeadline().strip());
		article.setStandfirst(form.getStandfirst().strip());
		String safeBody = this.bodyRenderer.toSafeHtml(form.getBody());
		article.setBody(form.getBody(), this.mediaReferences.expand(safeBody));
		article.setSection(section);
		article.setByline(form.getByline().strip());
		article.replaceAuthorIds(this.authors.cleaned(form.getAuthorIds()));
		article.replaceTags(resolveTags(form.getTags()));
		article.replaceRelatedArticleIds(relatedIds);
		article.setFeaturedMediaId(form.getFeaturedMediaId());
		this.stateChanges.apply(article, next, move, publishAt, now, actor, form.getReviewNote().strip());
		article.setUpdatedAt(now);
		VisibleUpdate.afterEdit(article, wasPublic, previousText, form.isMinorEdit(), now);
		Article saved = this.articles.saveAndFlush(article);
		// So a later change to a placed image's text can render this body again.
		this.bodyMedia.record(saved.getId(), this.mediaReferences.ids(safeBody));
		// Any save may change a public page (even a draft save unpublishes); the caches
		// drop what showed it after commit.
		this.events.publishEvent(PublicContentChanged.article(saved.getId()));
		this.slugHistory.afterSave(saved.getId(), previousSlug, saved.getSlug(), wasPublic);
		this.stateChanges.record(saved, before, move, now);
		// Revisions (issue 3): an immutable copy of every field, in this transaction.
		this.revisions.record(saved);
		return saved;
	}

	/**
	 * Asks the workflow whether the logged-in staff member may press this button on the
	 * article now, before the form is even validated: a refused action should say so, not
	 * list field errors.
	 * @throws io.newsdesk.article.workflow.ArticleActionRefusedException if not
	 */
	@Transactional(readOnly = true)
	void authorize(Long id, SaveAction action) {
		Article existing = (id != null) ? this.articles.findById(id).orElseThrow(NotFoundException::new) : null;
		decide(existing, action.workflowAction(), this.staff.require(), this.clock.instant()).orThrow();
	}

	/**
	 * Soft delete: the article leaves the site and the admin lists for the Deleted list,
	 * from which an editor can restore it until the purge job removes it.
	 */
	public Article delete(long id) {
		Actor actor = this.staff.require();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Article article = this.articles.findById(id).orElseThrow(NotFoundException::new);
		decide(article, WorkflowAction.DELETE, actor, now).orThrow();
		article.markDeleted(actor.id(), now);
		this.events.publishEvent(PublicContentChanged.article(id));
		Article saved = this.articles.saveAndFlush(article);
		this.stateChanges.recordDeleted(saved);
		return saved;
	}

	/** Undoes {@link #delete}: the article comes back in the state it was deleted in. */
	public Article restore(long id) {
		Actor actor = this.staff.require();
		Instant now = this.clock.instant();
		Article article = this.articles.findById(id).orElseThrow(NotFoundException::new);
		decide(article, WorkflowAction.RESTORE, actor, now).orThrow();
		article.restore();
		this.events.publishEvent(PublicContentChanged.article(id));
		Article saved = this.articles.saveAndFlush(article);
		this.stateChanges.recordRestored(saved);
		return saved;
	}

	private static Decision decide(Article article, WorkflowAction action, Actor actor, Instant now) {
		return ArticleWorkflow.decide(article, now, action, actor);
	}

	/**
	 * Runs the checks that need the database or parsing, adding field errors to
	 * {@code errors}; fields that already have an error (from bean validation) are left
	 * alone. The controller calls it for a form bean validation already refused, so the
	 * editor sees every problem at once instead of one round per kind of check.
	 */
	@Transactional(readOnly = true)
	public Checked check(Long id, ArticleForm form, Errors errors) {
		Section section = null;
		if (!errors.hasFieldErrors("sectionId") && form.getSectionId() != null) {
			section = this.sections.findById(form.getSectionId()).orElse(null);
			if (section == null) {
				errors.rejectValue("sectionId", "section.unknown", "Choose a section from the list.");
			}
		}
		if (!errors.hasFieldErrors("tags")) {
			TagNames.problems(form.getTags()).forEach((problem) -> errors.rejectValue("tags", "tags.invalid", problem));
		}
		Instant publishAt = errors.hasFieldErrors("publishAt") ? null : parsePublishAt(form.getPublishAt(), errors);
		String slug = errors.hasFieldErrors("slug") ? null : chooseSlug(form, id, errors);
		List<Long> relatedIds = errors.hasFieldErrors("relatedIds") ? List.of()
				: checkRelated(form.getRelatedIds(), id, errors);
		checkMedia(form, errors);
		if (!errors.hasFieldErrors("authorIds")) {
			this.authors.check(form.getAuthorIds(), errors);
		}
		return new Checked(section, publishAt, slug, relatedIds);
	}

	/**
	 * Media library: the featured image and every {@code ![](media:N)} in the body must
	 * name a library image.
	 */
	private void checkMedia(ArticleForm form, Errors errors) {
		if (!errors.hasFieldErrors("featuredMediaId") && form.getFeaturedMediaId() != null
				&& !this.mediaImages.allExist(List.of(form.getFeaturedMediaId()))) {
			errors.rejectValue("featuredMediaId", "featuredMedia.unknown",
					"The chosen featured image is no longer in the media library. Choose another or none.");
		}
		if (!errors.hasFieldErrors("body")) {
			this.mediaReferences.problem(this.bodyRenderer.toSafeHtml(form.getBody()))
				.ifPresent((problem) -> errors.rejectValue("body", "body.mediaUnknown", problem));
		}
	}

	/**
	 * The checked values {@link #save} writes; only meaningful when there were no errors.
	 */
	public record Checked(Section section, Instant publishAt, String slug, List<Long> relatedIds) {
	}

	/** Creates and publishes an article in one go (demo content, imports). */
	public Article publish(ArticleForm form, Errors errors) {
		return save(null, form, SaveAction.PUBLISH, errors, SYSTEM);
	}

	private Instant parsePublishAt(String value, Errors errors) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			return this.dates.fromSiteLocal(LocalDateTime.parse(value.strip().replace(' ', 'T')));
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("publishAt", "publishAt.invalid",
					"Enter a date and time like 2025-06-20T09:30, or leave it empty to publish now.");
			return null;
		}
	}

	private String chooseSlug(ArticleForm form, Long id, Errors errors) {
		String typed = (form.getSlug() != null) ? form.getSlug().strip() : "";
		if (!typed.isEmpty()) {
			boolean taken = (id != null) ? this.articles.existsBySlugAndIdNot(typed, id)
					: this.articles.existsBySlug(typed);
			if (taken) {
				errors.rejectValue("slug", "slug.taken",
						"Another article already uses this slug. Change it, or clear it to make one from the headline.");
			}
			return typed;
		}
		String base = Slugs.of((form.getHeadline() != null) ? form.getHeadline() : "");
		if (base.isEmpty()) {
			base = "article";
		}
		String candidate = base;
		for (int n = 2; isTakenByOther(candidate, id); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private boolean isTakenByOther(String slug, Long id) {
		return (id != null) ? this.articles.existsBySlugAndIdNot(slug, id) : this.articles.existsBySlug(slug);
	}

	private List<Long> checkRelated(List<Long> requested, Long id, Errors errors) {
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(requested));
		ids.removeIf(Objects::isNull);
		if (id != null && ids.contains(id)) {
			errors.rejectValue("relatedIds", "related.self", "An article cannot be related to itself.");
		}
		if (ids.size() > ArticleForm.MAX_RELATED) {
			errors.rejectValue("relatedIds", "related.tooMany",
					"Choose at most " + ArticleForm.MAX_RELATED + " related articles.");
		}
		else if (!ids.isEmpty() && this.articles.findAllById(ids).size() != ids.size()) {
			errors.rejectValue("relatedIds", "related.unknown",
					"One of the chosen related articles no longer exists. Check the list and save again.");
		}
		return ids;
	}

	private Set<Tag> resolveTags(String field) {
		Map<String, String> wanted = TagNames.parse(field);
		Map<String, Tag> existing = this.tags.findBySlugIn(wanted.keySet())
			.stream()
			.collect(Collectors.toMap(Tag::getSlug, Function.identity()));
		Set<Tag> result = new LinkedHashSet<>();
		wanted.forEach((slug, name) -> result
			.add(existing.containsKey(slug) ? existing.get(slug) : this.tags.save(new Tag(slug, name))));
		return result;
	}

}
