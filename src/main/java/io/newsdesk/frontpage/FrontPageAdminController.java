package io.newsdesk.frontpage;

import io.newsdesk.article.ArticleRepository;
import io.newsdesk.site.SiteDates;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/front-page: the pinned lead and the breaking banner, with forms to set and clear
 * them (the article form has quick buttons posting here too). Editors and admins only,
 * checked by {@link FrontPageControl} on every request.
 */
@Controller
@RequestMapping("/admin/front-page")
class FrontPageAdminController {

	static final String VIEW = "admin/frontpage/index";

	/** Recent stories offered in the pickers. */
	static final int PICKER_SIZE = 100;

	private final FrontPageControl control;

	private final ArticleRepository articles;

	private final SiteDates dates;

	private final Clock clock;

	FrontPageAdminController(FrontPageControl control, ArticleRepository articles, SiteDates dates, Clock clock) {
		this.control = control;
		this.articles = articles;
		this.dates = dates;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model) {
		this.control.requireEditor();
		return page(model);
	}

	@PostMapping("/lead")
	String pin(@RequestParam(required = false) String articleId, @RequestParam(defaultValue = "") String until,
			Model model, RedirectAttributes redirect) {
		this.control.requireEditor();
		try {
			redirect.addFlashAttribute("message", this.control.pin(parseId(articleId), until));
			return "redirect:/admin/front-page";
		}
		catch (FrontPageRejectedException ex) {
			return refused("LEAD", ex, articleId, until, model);
		}
	}

	@PostMapping("/lead/clear")
	String unpin(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", this.control.unpin());
		return "redirect:/admin/front-page";
	}

	@PostMapping("/breaking")
	String flagBreaking(@RequestParam(required = false) String articleId, @RequestParam(defaultValue = "") String until,
			Model model, RedirectAttributes redirect) {
		this.control.requireEditor();
		try {
			redirect.addFlashAttribute("message", this.control.flagBreaking(parseId(articleId), until));
			return "redirect:/admin/front-page";
		}
		catch (FrontPageRejectedException ex) {
			return refused("BREAKING", ex, articleId, until, model);
		}
	}

	@PostMapping("/breaking/clear")
	String clearBreaking(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", this.control.clearBreaking());
		return "redirect:/admin/front-page";
	}

	/** The page again with the problem by the form that caused it and what was typed. */
	private String refused(String kind, FrontPageRejectedException ex, String articleId, String until, Model model) {
		model.addAttribute("problem", ex.getMessage());
		model.addAttribute("problemKind", kind);
		model.addAttribute(kind.equals("LEAD") ? "leadChoice" : "breakingChoice", parseIdOrNull(articleId));
		// A datetime-local field can only show a well-formed value; a malformed one is
		// explained in the message instead.
		model.addAttribute(kind.equals("LEAD") ? "leadUntil" : "breakingUntil", wellFormed(until) ? until.strip() : "");
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("slots", this.control.statuses());
		model.addAttribute("stories",
				this.articles.findVisibleForPicking(this.clock.instant(), Limit.of(PICKER_SIZE))
					.stream()
					.map((article) -> new StoryOption(article.getId(),
							article.getHeadline() + " (" + this.dates.shortDate(article.getPublishAt()) + ")"))
					.toList());
		model.addAttribute("timeZone", this.dates.zoneName());
		return VIEW;
	}

	private static boolean wellFormed(String until) {
		try {
			LocalDateTime.parse(until.strip());
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static Long parseId(String text) {
		Long id = parseIdOrNull(text);
		if (id == null) {
			throw new FrontPageRejectedException("Choose a story from the list.");
		}
		return id;
	}

	private static Long parseIdOrNull(String text) {
		return (text != null && text.strip().matches("\\d{1,18}")) ? Long.valueOf(text.strip()) : null;
	}

	/** A story in the pickers. */
	record StoryOption(Long id, String label) {
	}

}
