package io.newsdesk.article.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.author.AuthorDirectory;
import io.newsdesk.section.SectionRepository;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.Pagination;
import io.newsdesk.site.SiteDates;
import io.newsdesk.staff.CurrentStaff;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' article list and form; the public page is ArticlePageController. HTTP
 * only: the rules live in {@link ArticleEditor}.
 */
@Controller
@RequestMapping("/admin/articles")
class ArticleAdminController {

	static final String LIST_VIEW = "admin/article/list";

	static final String FORM_VIEW = "admin/article/form";

	private final ArticleAdminQueries queries;

	private final ArticleEditor editor;

	private final SectionRepository sections;

	private final SiteDates dates;

	private final AuthorDirectory authors;

	private final CurrentStaff currentStaff;

	ArticleAdminController(ArticleAdminQueries queries, ArticleEditor editor, SectionRepository sections,
			SiteDates dates, AuthorDirectory authors, CurrentStaff currentStaff) {
		this.queries = queries;
		this.editor = editor;
		this.sections = sections;
		this.dates = dates;
		this.authors = authors;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
			Model model) {
		StatusFilter filter = StatusFilter.fromParameter(status);
		Page<ArticleRow> rows = this.queries.list(filter, page - 1);
		NotFoundException.unlessPageExists(rows);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("filter", filter.parameter());
		model.addAttribute("filters", StatusFilter.values());
		model.addAttribute("pagination", Pagination.of(rows,
				"/admin/articles" + ((filter == StatusFilter.ALL) ? "" : "?status=" + filter.parameter())));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		ArticleForm form = new ArticleForm();
		// A new story is by whoever starts it, until they change the byline.
		this.currentStaff.find().ifPresent((actor) -> form.setAuthorIds(new ArrayList<>(List.of(actor.id()))));
		return showForm(null, form, model);
	}

	@PostMapping
	String submitCreateForm(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "draft") String button,
			@RequestParam(name = "move", required = false) String move, Model model, RedirectAttributes redirect) {
		if (move != null) {
			return reorderRelated(null, form, move, model);
		}
		return submit(null, form, result, SaveAction.fromButton(button), model, redirect);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		return showForm(id, this.queries.formFor(id), model);
	}

	@PostMapping("/{id}")
	String submitEditForm(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "draft") String button,
			@RequestParam(name = "move", required = false) String move, Model model, RedirectAttributes redirect) {
		if (move != null) {
			return reorderRelated(id, form, move, model);
		}
		return submit(id, form, result, SaveAction.fromButton(button), model, redirect);
	}

	/**
	 * "Move up"/"Move down" next to a chosen related article ({@code move=up:42}): the
	 * whole form comes back with the new order and everything typed, nothing is saved
	 * until Save draft or Publish.
	 */
	private String reorderRelated(Long id, ArticleForm form, String move, Model model) {
		String[] parts = move.split(":", 2);
		if (parts.length == 2 && parts[1].matches("\\d{1,18}") && parts[0].startsWith("author-")) {
			form.moveAuthor(Long.parseLong(parts[1]), "author-up".equals(parts[0]) ? -1 : 1);
		}
		else if (parts.length == 2 && parts[1].matches("\\d{1,18}")) {
			form.moveRelated(Long.parseLong(parts[1]), "up".equals(parts[0]) ? -1 : 1);
		}
		model.addAttribute("message", "Order changed. Press Save draft or Publish to keep it.");
		return showForm(id, form, model);
	}

	private String submit(Long id, ArticleForm form, BindingResult result, SaveAction action, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// Bean validation found problems; add the database checks' too, so every
			// problem shows in one go.
			this.editor.check(id, form, result);
			model.addAttribute("problem", "The article was not saved. Fix the fields marked below.");
			return showForm(id, form, model);
		}
		try {
			Article saved = this.editor.save(id, form, action, result);
			redirect.addFlashAttribute("message", confirmation(saved));
			return "redirect:/admin/articles/" + saved.getId() + "/edit";
		}
		catch (ArticleFormRejectedException ex) {
			model.addAttribute("problem", "The article was not saved. Fix the fields marked below.");
		}
		catch (StaleArticleException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			model.addAttribute("problem", "Someone else saved this article after you opened it, so your changes "
					+ "were not saved. Your text is still below: copy what you need, then open the latest version.");
		}
		catch (DataIntegrityViolationException ex) {
			// Two saves raced for the same new slug; the unique index stopped the second
			// one.
			result.rejectValue("slug", "slug.taken", "Another article took this slug a moment ago. Save again.");
			model.addAttribute("problem", "The article was not saved. Fix the fields marked below.");
		}
		return showForm(id, form, model);
	}

	/** The chosen related articles in rail order, for the Move up/down list. */
	private static List<RelatedOption> chosen(List<RelatedOption> options, List<Long> chosenIds) {
		Map<Long, RelatedOption> byId = options.stream()
			.collect(Collectors.toMap(RelatedOption::id, Function.identity(), (a, b) -> a));
		return chosenIds.stream().filter(Objects::nonNull).distinct().map(byId::get).filter(Objects::nonNull).toList();
	}

	private String confirmation(Article saved) {
		if (saved.getStatus() == ArticleStatus.DRAFT) {
			return "Draft saved.";
		}
		if (saved.isScheduledAt(saved.getUpdatedAt())) {
			return "Scheduled: it will appear on the site on " + this.dates.display(saved.getPublishAt()) + ".";
		}
		return "Published.";
	}

	private String showForm(Long id, ArticleForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("articleId", id);
		model.addAttribute("sectionOptions", this.sections.findAllByOrderByPositionAscNameAsc());
		List<RelatedOption> relatedOptions = this.queries.relatedOptions(id, form.getRelatedIds());
		model.addAttribute("relatedOptions", relatedOptions);
		model.addAttribute("chosenRelated", chosen(relatedOptions, form.getRelatedIds()));
		if (id != null) {
			model.addAttribute("status", this.queries.statusOf(id));
			model.addAttribute("publicUrl", this.queries.publicUrlIfVisible(id));
		}
		model.addAttribute("timeZone", this.dates.zoneName());
		List<AuthorDirectory.AuthorOption> authorOptions = this.authors.options(form.getAuthorIds());
		model.addAttribute("authorOptions", authorOptions);
		model.addAttribute("chosenAuthors", AuthorDirectory.chosen(authorOptions, form.getAuthorIds()));
		return FORM_VIEW;
	}

}
