package io.newsdesk.article.workflow;

import io.newsdesk.article.Article;
import io.newsdesk.article.admin.ArticleEditor;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.Pagination;
import io.newsdesk.site.SiteDates;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow's own admin pages: the editors' review queue, delete with confirmation,
 * the Deleted list and restore. The article form's workflow buttons post to
 * ArticleAdminController. HTTP only: who may do what is ArticleWorkflow's, writes go
 * through ArticleEditor.
 */
@Controller
class WorkflowAdminController {

	static final String REVIEW_VIEW = "admin/workflow/review";

	static final String DELETED_VIEW = "admin/workflow/deleted";

	static final String CONFIRM_DELETE_VIEW = "admin/workflow/confirm-delete";

	private final WorkflowQueries queries;

	private final ArticleEditor editor;

	private final WorkflowProperties properties;

	private final SiteDates dates;

	WorkflowAdminController(WorkflowQueries queries, ArticleEditor editor, WorkflowProperties properties,
			SiteDates dates) {
		this.queries = queries;
		this.editor = editor;
		this.properties = properties;
		this.dates = dates;
	}

	@GetMapping("/admin/review")
	String reviewQueue(@RequestParam(defaultValue = "1") int page, Model model) {
		this.queries.requireEditor("see the review queue");
		Page<WorkflowQueries.QueueRow> rows = this.queries.reviewQueue(page - 1);
		NotFoundException.unlessPageExists(rows);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pagination", Pagination.of(rows, "/admin/review"));
		return REVIEW_VIEW;
	}

	@GetMapping("/admin/articles/deleted")
	String deleted(@RequestParam(defaultValue = "1") int page, Model model) {
		this.queries.requireEditor("see deleted articles");
		Page<WorkflowQueries.DeletedRow> rows = this.queries.deleted(page - 1);
		NotFoundException.unlessPageExists(rows);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("retentionDays", this.properties.deletedRetention().toDays());
		model.addAttribute("pagination", Pagination.of(rows, "/admin/articles/deleted"));
		return DELETED_VIEW;
	}

	@GetMapping("/admin/articles/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		this.queries.require(id, WorkflowAction.DELETE);
		model.addAttribute("article", this.queries.deleteConfirmation(id));
		return CONFIRM_DELETE_VIEW;
	}

	@PostMapping("/admin/articles/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Article deleted = this.editor.delete(id);
		redirect.addFlashAttribute("message",
				"Deleted \u201c" + deleted.getHeadline() + "\u201d. An editor can restore it from Deleted until "
						+ this.dates.display(deleted.getDeletedAt().plus(this.properties.deletedRetention())) + ".");
		return "redirect:/admin/articles";
	}

	@PostMapping("/admin/articles/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		Article restored = this.editor.restore(id);
		redirect.addFlashAttribute("message",
				"Restored as " + StateChanges.label(restored.getStatus(), restored, restored.getUpdatedAt()) + ".");
		return "redirect:/admin/articles/" + restored.getId() + "/edit";
	}

}
