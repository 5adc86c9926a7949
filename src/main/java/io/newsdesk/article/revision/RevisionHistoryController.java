package io.newsdesk.article.revision;

import java.util.List;

import io.newsdesk.article.Article;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.Pagination;
import io.newsdesk.article.workflow.ArticleWorkflow;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An article's history: the list of revisions, the difference between any two, and
 * restoring one (which {@link RevisionRestorer} saves as a new revision). Ids in paths
 * are digits only, so anything else is simply not found; revision numbers of another
 * article are not found either.
 */
@Controller
@RequestMapping("/admin/articles/{id:\\d{1,18}}/history")
class RevisionHistoryController {

	static final String HISTORY_VIEW = "admin/revision/history";

	static final String DIFF_VIEW = "admin/revision/diff";

	static final String RESTORE_VIEW = "admin/revision/restore";

	private static final String NUMBER = "\\d{1,9}";

	private final RevisionHistory history;

	private final RevisionRestorer restorer;

	private final CurrentStaff currentStaff;

	RevisionHistoryController(RevisionHistory history, RevisionRestorer restorer, CurrentStaff currentStaff) {
		this.history = history;
		this.restorer = restorer;
		this.currentStaff = currentStaff;
	}

	/**
	 * The article, if the logged-in staff member may open it at all: a writer sees the
	 * history of their own articles only, as with the articles themselves.
	 */
	private Article open(long id) {
		Article article = this.history.article(id);
		Actor actor = this.currentStaff.require();
		if (!ArticleWorkflow.mayOpen(actor.role(), ArticleWorkflow.owns(actor, article))) {
			throw new AccessDeniedException("Not allowed to open this article");
		}
		return article;
	}

	@GetMapping
	String showHistory(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Model model) {
		Article article = open(id);
		int pageNumber = page.matches(NUMBER) ? Integer.parseInt(page) : 0;
		if (pageNumber < 1) {
			throw new NotFoundException();
		}
		Page<RevisionHistory.HistoryRow> rows = this.history.rows(id, pageNumber - 1);
		NotFoundException.unlessPageExists(rows);
		List<Integer> numbers = this.history.numbers(id);
		addArticle(model, article);
		model.addAttribute("mayRestore",
				this.currentStaff.find().map((actor) -> RevisionRestorer.mayRestore(actor, article)).orElse(false));
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pagination", Pagination.of(rows, historyUrl(id)));
		addCompareForm(model, numbers, (numbers.size() > 1) ? numbers.get(1) : null,
				numbers.isEmpty() ? null : numbers.get(0));
		return HISTORY_VIEW;
	}

	/**
	 * {@code ?from=2&to=5}: missing or malformed numbers answer 400 with the page
	 * explaining what to choose; well-formed numbers the article does not have answer
	 * 404.
	 */
	@GetMapping("/diff")
	String showDiff(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, HttpServletResponse response) {
		Article article = open(id);
		List<Integer> numbers = this.history.numbers(id);
		addArticle(model, article);
		if (from == null || to == null || !from.strip().matches(NUMBER) || !to.strip().matches(NUMBER)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem",
					"Choose two revisions to compare: a From and a To revision number from the lists below.");
			addCompareForm(model, numbers, (numbers.size() > 1) ? numbers.get(1) : null,
					numbers.isEmpty() ? null : numbers.get(0));
			return DIFF_VIEW;
		}
		ArticleRevision older = this.history.revision(id, Integer.parseInt(from.strip()));
		ArticleRevision newer = this.history.revision(id, Integer.parseInt(to.strip()));
		model.addAttribute("from", this.history.meta(older));
		model.addAttribute("to", this.history.meta(newer));
		model.addAttribute("comparison", this.history.compare(older, newer));
		addCompareForm(model, numbers, older.getNumber(), newer.getNumber());
		return DIFF_VIEW;
	}

	@GetMapping("/{number:\\d{1,9}}/restore")
	String showRestore(@PathVariable long id, @PathVariable int number, Model model) {
		Article article = open(id);
		Actor actor = this.currentStaff.require();
		if (!RevisionRestorer.mayRestore(actor, article)) {
			throw new AccessDeniedException("Not allowed to restore revisions of this article");
		}
		return restorePage(id, number, model);
	}

	@PostMapping("/{number:\\d{1,9}}/restore")
	String submitRestore(@PathVariable long id, @PathVariable int number,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
		Actor actor = this.currentStaff.require();
		Long expected = (version != null && version.matches("\\d{1,18}")) ? Long.valueOf(version) : null;
		RevisionRestorer.Outcome outcome;
		try {
			outcome = this.restorer.restore(id, number, expected, actor);
		}
		catch (OptimisticLockingFailureException ex) {
			outcome = RevisionRestorer.Outcome.stale();
		}
		if (outcome.isRestored()) {
			redirect.addFlashAttribute("message",
					"Revision " + number + " restored: its content is now saved as revision " + outcome.newNumber()
							+ ". Publication was not changed.");
			return "redirect:" + historyUrl(id);
		}
		if (outcome.changedMeanwhile()) {
			model.addAttribute("problem", "Someone saved the article after you opened this page, so nothing was "
					+ "restored. Check what restoring would change now, then confirm again.");
		}
		else {
			model.addAttribute("problem", "Revision " + number + " could not be restored as it is.");
			model.addAttribute("problems", outcome.problems());
		}
		return restorePage(id, number, model);
	}

	private String restorePage(long id, int number, Model model) {
		RevisionHistory.RestorePreview preview = this.history.restorePreview(id, number);
		model.addAttribute("articleId", preview.articleId());
		model.addAttribute("headline", preview.headline());
		model.addAttribute("preview", preview);
		model.addAttribute("comparison", preview.comparison());
		return RESTORE_VIEW;
	}

	private static void addArticle(Model model, Article article) {
		model.addAttribute("articleId", article.getId());
		model.addAttribute("headline", article.getHeadline());
	}

	private static void addCompareForm(Model model, List<Integer> numbers, Integer from, Integer to) {
		model.addAttribute("numbers", numbers);
		model.addAttribute("selectedFrom", from);
		model.addAttribute("selectedTo", to);
	}

	private static String historyUrl(long id) {
		return "/admin/articles/" + id + "/history";
	}

}
