package io.newsdesk.article.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.SiteDates;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;
import io.newsdesk.staff.StaffUser;
import io.newsdesk.staff.StaffUserRepository;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the workflow pages read: the review queue, the Deleted list, and the workflow part
 * of the article form. Every query leaves out or picks out deleted articles explicitly.
 */
@Service
@Transactional(readOnly = true)
public class WorkflowQueries {

	static final int PAGE_SIZE = 25;

	private final EntityManager entityManager;

	private final StaffUserRepository staff;

	private final CurrentStaff currentStaff;

	private final SiteDates dates;

	private final Clock clock;

	private final WorkflowProperties properties;

	WorkflowQueries(EntityManager entityManager, StaffUserRepository staff, CurrentStaff currentStaff, SiteDates dates,
			Clock clock, WorkflowProperties properties) {
		this.entityManager = entityManager;
		this.staff = staff;
		this.currentStaff = currentStaff;
		this.dates = dates;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * The form's buttons and note for the logged-in staff member.
	 * @param id the article, or null for the new-article form
	 * @throws ArticleActionRefusedException (403) for a writer opening someone else's
	 * article
	 */
	public WorkflowPanel panelFor(Long id) {
		Actor actor = this.currentStaff.require();
		Instant now = this.clock.instant();
		if (id == null) {
			return panel(ArticleFacts.NEW, actor, true, null);
		}
		Article article = find(id);
		boolean owns = ArticleWorkflow.owns(actor, article);
		if (!ArticleWorkflow.mayOpen(actor.role(), owns)) {
			throw new ArticleActionRefusedException(
					Decision.forbid("Writers can open only their own articles. Ask an editor for this one."));
		}
		return panel(ArticleFacts.of(article, now), actor, owns, article);
	}

	private WorkflowPanel panel(ArticleFacts facts, Actor actor, boolean owns, Article article) {
		List<WorkflowAction> allowed = ArticleWorkflow.available(facts, actor.role(), owns);
		List<WorkflowPanel.Button> buttons = new ArrayList<>();
		boolean draft = facts.isNew() || facts.status() == ArticleStatus.DRAFT;
		for (WorkflowAction action : allowed) {
			switch (action) {
				case SAVE -> {
					if (facts.status() == ArticleStatus.IN_REVIEW || facts.status() == ArticleStatus.UNPUBLISHED) {
						buttons.add(new WorkflowPanel.Button("keep", "Save changes", false));
					}
				}
				case SAVE_DRAFT ->
					buttons.add(new WorkflowPanel.Button("draft", draft ? "Save draft" : "Return to draft", false));
				case SUBMIT -> buttons.add(new WorkflowPanel.Button("submit", "Submit for review",
						!allowed.contains(WorkflowAction.PUBLISH)));
				case PUBLISH -> buttons.add(new WorkflowPanel.Button("publish", "Publish", true));
				case UNPUBLISH -> buttons.add(new WorkflowPanel.Button("unpublish", "Unpublish", false));
				default -> {
				}
			}
		}
		boolean sendBack = allowed.contains(WorkflowAction.SEND_BACK);
		String deleteUrl = (article != null && allowed.contains(WorkflowAction.DELETE))
				? "/admin/articles/" + article.getId() + "/delete" : null;
		String restoreUrl = (article != null && allowed.contains(WorkflowAction.RESTORE))
				? "/admin/articles/" + article.getId() + "/restore" : null;
		String readOnly = null;
		if (buttons.isEmpty() && !sendBack) {
			readOnly = ArticleWorkflow.decide(facts, WorkflowAction.SAVE, actor.role(), owns).refusal();
		}
		boolean showNote = article != null && article.getReviewNote() != null
				&& article.getStatus() == ArticleStatus.DRAFT;
		return new WorkflowPanel(buttons, sendBack, deleteUrl, restoreUrl, readOnly,
				showNote ? article.getReviewNote() : null, showNote ? nameOf(article.getReviewNoteBy()) : null,
				showNote ? this.dates.display(article.getReviewNoteAt()) : null);
	}

	/** Articles waiting for review, the longest-waiting first. */
	public Page<QueueRow> reviewQueue(int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		List<Article> found = this.entityManager
			.createQuery(
					"select a from Article a join fetch a.section where a.status = :status"
							+ " and a.deletedAt is null order by a.submittedAt asc nulls first, a.id asc",
					Article.class)
			.setParameter("status", ArticleStatus.IN_REVIEW)
			.setFirstResult((int) request.getOffset())
			.setMaxResults(PAGE_SIZE)
			.getResultList();
		long total = this.entityManager
			.createQuery("select count(a) from Article a where a.status = :status and a.deletedAt is null", Long.class)
			.setParameter("status", ArticleStatus.IN_REVIEW)
			.getSingleResult();
		Map<Long, String> names = namesOf(found.stream().map(Article::getSubmittedBy).toList());
		return new PageImpl<>(found.stream()
			.map((article) -> new QueueRow(article.getId(), article.getHeadline(), article.getSection().getName(),
					names.getOrDefault(article.getSubmittedBy(), "unknown"),
					this.dates.display(article.getSubmittedAt())))
			.toList(), request, total);
	}

	/**
	 * The Deleted list, most recently deleted first, with the date each will be purged.
	 */
	public Page<DeletedRow> deleted(int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		List<Article> found = this.entityManager
			.createQuery("select a from Article a join fetch a.section where a.deletedAt is not null"
					+ " order by a.deletedAt desc, a.id desc", Article.class)
			.setFirstResult((int) request.getOffset())
			.setMaxResults(PAGE_SIZE)
			.getResultList();
		long total = this.entityManager
			.createQuery("select count(a) from Article a where a.deletedAt is not null", Long.class)
			.getSingleResult();
		Map<Long, String> names = namesOf(found.stream().map(Article::getDeletedBy).toList());
		return new PageImpl<>(found.stream()
			.map((article) -> new DeletedRow(article.getId(), article.getHeadline(),
					StateChanges.label(article.getStatus(), null, null), article.getSection().getName(),
					this.dates.display(article.getDeletedAt()), names.getOrDefault(article.getDeletedBy(), "unknown"),
					this.dates.display(article.getDeletedAt().plus(this.properties.deletedRetention()))))
			.toList(), request, total);
	}

	/** The article behind the delete confirmation page. */
	public DeleteConfirmation deleteConfirmation(long id) {
		Article article = find(id);
		return new DeleteConfirmation(article.getId(), article.getHeadline(),
				StateChanges.label(article.getStatus(), article, this.clock.instant()),
				this.properties.deletedRetention().toDays());
	}

	/**
	 * Checks, without changing anything, that the logged-in staff member may do this to
	 * the article now (the delete confirmation page asks before showing itself).
	 */
	public void require(long id, WorkflowAction action) {
		ArticleWorkflow.decide(find(id), this.clock.instant(), action, this.currentStaff.require()).orThrow();
	}

	/** Refuses (403) anyone who is not an editor or admin. */
	public Actor requireEditor(String what) {
		Actor actor = this.currentStaff.require();
		if (!actor.canEditAnything()) {
			throw new ArticleActionRefusedException(Decision.forbid("Only editors and admins can " + what + "."));
		}
		return actor;
	}

	private Article find(long id) {
		Article article = this.entityManager.find(Article.class, id);
		if (article == null) {
			throw new NotFoundException();
		}
		return article;
	}

	private String nameOf(Long staffId) {
		return (staffId != null) ? this.staff.findById(staffId).map(StaffUser::getDisplayName).orElse("an editor")
				: "an editor";
	}

	private Map<Long, String> namesOf(Collection<Long> ids) {
		List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return Map.of();
		}
		return this.staff.findAllById(wanted)
			.stream()
			.collect(Collectors.toMap(StaffUser::getId, StaffUser::getDisplayName));
	}

	/** One line of the review queue. */
	public record QueueRow(long id, String headline, String sectionName, String submittedBy, String submittedAt) {

		public String editUrl() {
			return "/admin/articles/" + this.id + "/edit";
		}

	}

	/** One line of the Deleted list. */
	public record DeletedRow(long id, String headline, String state, String sectionName, String deletedAt,
			String deletedBy, String purgedOn) {

		public String restoreUrl() {
			return "/admin/articles/" + this.id + "/restore";
		}

	}

	/** What the delete confirmation page says. */
	public record DeleteConfirmation(long id, String headline, String state, long retentionDays) {

		public String deleteUrl() {
			return "/admin/articles/" + this.id + "/delete";
		}

		public String editUrl() {
			return "/admin/articles/" + this.id + "/edit";
		}

	}

}
