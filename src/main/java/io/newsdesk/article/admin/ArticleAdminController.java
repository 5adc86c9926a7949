package io.newsdesk.article.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.article.preview.ArticleEditPanels;
import io.newsdesk.article.revision.EditConflicts;
import io.newsdesk.article.revision.EditPresence;
import io.newsdesk.media.MediaImages;
import io.newsdesk.media.MediaLibrary;
import io.newsdesk.article.workflow.ArticleActionRefusedException;
import io.newsdesk.article.workflow.WorkflowQueries;
import io.newsdesk.author.AuthorDirectory;
import io.newsdesk.related.RailEditing;
import io.newsdesk.site.JsonLd;
import io.newsdesk.section.SectionRepository;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.Pagination;
import io.newsdesk.site.SiteDates;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.util.StringUtils;
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

	private final ArticleEditPanels panels;

	private final EditConflicts conflicts;

	private final EditPresence presence;

	private final MediaLibrary mediaLibrary;

	private final MediaImages mediaImages;

	private final CurrentStaff staff;

	private final WorkflowQueries workflow;

	private final AuthorDirectory authors;

	private final RailEditing rail;

	ArticleAdminController(ArticleAdminQueries queries, ArticleEditor editor, SectionRepository sections,
			SiteDates dates, ArticleEditPanels panels, EditConflicts conflicts, EditPresence presence,
			MediaLibrary mediaLibrary, MediaImages mediaImages, CurrentStaff staff, WorkflowQueries workflow,
			AuthorDirectory authors, RailEditing rail) {
		this.queries = queries;
		this.editor = editor;
		this.sections = sections;
		this.dates = dates;
		this.panels = panels;
		this.conflicts = conflicts;
		this.presence = presence;
		this.mediaLibrary = mediaLibrary;
		this.mediaImages = mediaImages;
		this.staff = staff;
		this.workflow = workflow;
		this.authors = authors;
		this.rail = rail;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
			Model model) {
		StatusFilter filter = StatusFilter.fromParameter(status);
		// Writers see their own articles (what they can act on); editors see all.
		Actor actor = this.staff.require();
		Page<ArticleRow> rows = this.queries.list(filter, actor.canEditAnything() ? null : actor.id(), page - 1);
		model.addAttribute("ownOnly", !actor.canEditAnything());
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
		this.staff.find().ifPresent((actor) -> form.setAuthorIds(new ArrayList<>(List.of(actor.id()))));
		return showForm(null, form, model);
	}

	@PostMapping
	String submitCreateForm(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "draft") String button,
			@RequestParam(name = "move", required = false) String move,
			@RequestParam(name = "rail", required = false) String railButton, Model model,
			RedirectAttributes redirect) {
		if (move != null) {
			return reorderRelated(null, form, move, model);
		}
		if (railButton != null || isSearchByEnter(button, form)) {
			return railAction(null, form, (railButton != null) ? railButton : "search", model);
		}
		return submit(null, form, result, SaveAction.fromButton(button), model, redirect);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		ArticleForm form = this.queries.formFor(id);
		// Revisions (issue 3): "<name> is also editing this article".
		model.addAttribute("alsoEditing", EditPresence.note(this.presence.openedForEditing(id)));
		return showForm(id, form, model);
	}

	@PostMapping("/{id}")
	String submitEditForm(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "draft") String button,
			@RequestParam(name = "move", required = false) String move,
			@RequestParam(name = "rail", required = false) String railButton, Model model,
			RedirectAttributes redirect) {
		if (move != null) {
			return reorderRelated(id, form, move, model);
		}
		if (railButton != null || isSearchByEnter(button, form)) {
			return railAction(id, form, (railButton != null) ? railButton : "search", model);
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

	/**
	 * The type-ahead of the pick search (static/js/pick-search.js): published articles
	 * matching the words typed, as JSON with {@code <}, {@code >} and {@code &} escaped.
	 * The plain Search button does the same without JavaScript.
	 */
	@GetMapping(path = "/pick-search", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> pickSearch(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "exclude", required = false) String exclude) {
		Long excludeId = (exclude != null && exclude.matches("\\d{1,18}")) ? Long.valueOf(exclude) : null;
		List<RailEditing.PickCandidate> results = this.rail.searchPicks(query, excludeId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(JsonLd.toScriptContent(Map.of("results", results)));
	}

	/**
	 * Enter pressed in the pick search box presses the form's first button, the hidden
	 * save: with words in the box, that Enter means Search (the box is emptied once an
	 * article is added, so Enter elsewhere saves again).
	 */
	private static boolean isSearchByEnter(String button, ArticleForm form) {
		return "keep".equals(button) && StringUtils.hasText(form.getPickQuery());
	}

	/**
	 * The rail's buttons on the form ({@code rail=search}, {@code pick:42},
	 * {@code remove:42}, {@code block:42}, {@code unblock:42}). They submit the whole
	 * form, so whatever was typed comes back unsaved and nothing is lost. Pick and remove
	 * change the picks in the form only (picks are saved, and revised, with the article);
	 * block and unblock are saved at once through RailEditing, which checks the staff
	 * member may change the article.
	 */
	private String railAction(Long id, ArticleForm form, String button, Model model) {
		String[] parts = button.split(":", 2);
		Long target = (parts.length == 2 && parts[1].matches("\\d{1,18}")) ? Long.valueOf(parts[1]) : null;
		String unsaved = " Your other changes are not saved yet.";
		try {
			switch ((target != null) ? parts[0] : "search") {
				case "pick" -> {
					if (!target.equals(id)) {
						form.addRelated(target);
						form.setPickQuery("");
						model.addAttribute("message",
								"Added to the end of the picks. Press Save draft or Publish to keep it.");
					}
				}
				case "remove" -> {
					form.removeRelated(target);
					model.addAttribute("message", "Removed from the picks. Press Save draft or Publish to keep it.");
				}
				case "block" -> {
					if (id != null) {
						model.addAttribute("message", this.rail.block(id, target)
							.map((headline) -> "Blocked: \u201c" + headline
									+ "\u201d is no longer suggested for this article, on the site too." + unsaved)
							.orElse("That article no longer exists, so there is nothing to block." + unsaved));
					}
				}
				case "unblock" -> {
					if (id != null) {
						model.addAttribute("message",
								this.rail.unblock(id, target)
									.map((headline) -> "Unblocked: \u201c" + headline + "\u201d may be suggested again."
											+ unsaved)
									.orElse("That article no longer exists." + unsaved));
					}
				}
				default -> model.addAttribute("pickResults", this.rail.searchPicks(form.getPickQuery(), id));
			}
		}
		catch (ArticleActionRefusedException ex) {
			return refused(id, form, ex, model);
		}
		return showForm(id, form, model);
	}

	private String submit(Long id, ArticleForm form, BindingResult result, SaveAction action, Model model,
			RedirectAttributes redirect) {
		try {
			this.editor.authorize(id, action);
		}
		catch (ArticleActionRefusedException ex) {
			return refused(id, form, ex, model);
		}
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
		catch (ArticleActionRefusedException ex) {
			return refused(id, form, ex, model);
		}
		catch (StaleArticleException | OptimisticLockingFailureException ex) {
			// Revisions (issue 3): both versions side by side; the form keeps everything
			// typed and now carries the current version, so saving again overwrites
			// knowingly.
			EditConflicts.Conflict conflict = this.conflicts.compare(id, form);
			form.setVersion(conflict.currentVersion());
			model.addAttribute("conflict", conflict);
			model.addAttribute("problem", "Someone else saved this article after you opened it, so your changes "
					+ "were not saved yet. Nothing you typed is lost: compare the two versions below.");
		}
		catch (DataIntegrityViolationException ex) {
			// Two saves raced for the same new slug; the unique index stopped the second
			// one.
			result.rejectValue("slug", "slug.taken", "Another article took this slug a moment ago. Save again.");
			model.addAttribute("problem", "The article was not saved. Fix the fields marked below.");
		}
		return showForm(id, form, model);
	}

	/**
	 * A move the workflow refused: who-you-are refusals answer 403 (the advice's page);
	 * state refusals show on the form with everything typed kept.
	 */
	private String refused(Long id, ArticleForm form, ArticleActionRefusedException ex, Model model) {
		if (ex.isForbidden()) {
			throw ex;
		}
		model.addAttribute("problem", "Nothing was saved. " + ex.reason());
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
			return (saved.getReviewNote() != null && saved.getUpdatedAt().equals(saved.getReviewNoteAt()))
					? "Sent back to the writer with your note." : "Draft saved.";
		}
		if (saved.getStatus() == ArticleStatus.IN_REVIEW) {
			return "Submitted for review. An editor will look at it.";
		}
		if (saved.getStatus() == ArticleStatus.UNPUBLISHED) {
			return "Unpublished: it is off the site and its address now says it was withdrawn.";
		}
		if (saved.isScheduledAt(saved.getUpdatedAt())) {
			return "Scheduled: it will appear on the site on " + this.dates.display(saved.getPublishAt()) + ".";
		}
		return "Published.";
	}

	private String showForm(Long id, ArticleForm form, Model model) {
		// First, so a writer cannot see someone else's article even in a re-shown form.
		model.addAttribute("workflow", this.workflow.panelFor(id));
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
		// Preview links, corrections and old addresses (io.newsdesk.article.preview).
		this.panels.addTo(id, model);
		// Media library: the featured-image choices and a preview of the chosen one.
		model.addAttribute("mediaOptions", this.mediaLibrary.pickerOptions(form.getFeaturedMediaId()));
		model.addAttribute("featuredImage", this.mediaImages.find(form.getFeaturedMediaId()).orElse(null));
		List<AuthorDirectory.AuthorOption> authorOptions = this.authors.options(form.getAuthorIds());
		model.addAttribute("authorOptions", authorOptions);
		model.addAttribute("chosenAuthors", AuthorDirectory.chosen(authorOptions, form.getAuthorIds()));
		if (id != null) {
			// Related Articles (io.newsdesk.related): the saved article's suggestions,
			// without those already picked in this form, and its blocks.
			model.addAttribute("suggestions",
					this.rail.suggestionsFor(id)
						.stream()
						.filter((suggestion) -> !form.getRelatedIds().contains(suggestion.id()))
						.toList());
			model.addAttribute("blocked", this.rail.blockedFor(id));
		}
		return FORM_VIEW;
	}

}
