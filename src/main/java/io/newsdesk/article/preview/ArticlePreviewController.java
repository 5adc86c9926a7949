package io.newsdesk.article.preview;

import java.util.List;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.admin.ArticleForm;
import io.newsdesk.article.workflow.ArticleWorkflow;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.PublicUrls;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff previews: the Preview button on the article form (what is typed, saved or not)
 * and the saved version of any article, both through the public article template; and
 * creating and revoking shareable preview links, which readers open through
 * SharedPreviewController. Nothing here saves the article.
 */
@Controller
@RequestMapping("/admin/articles")
class ArticlePreviewController {

	static final String PROBLEM_VIEW = "admin/article/preview-problem";

	private final ArticlePreviews previews;

	private final PreviewLinks links;

	private final CurrentStaff currentStaff;

	private final PublicUrls urls;

	private final ArticleRepository articles;

	ArticlePreviewController(ArticlePreviews previews, PreviewLinks links, CurrentStaff currentStaff, PublicUrls urls,
			ArticleRepository articles) {
		this.articles = articles;
		this.previews = previews;
		this.links = links;
		this.currentStaff = currentStaff;
		this.urls = urls;
	}

	/** Preview button on the new-article form. */
	@PostMapping("/preview")
	String previewNewForm(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		mayPreview(this.currentStaff.require(), null);
		return previewForm(null, form, result, model, response);
	}

	/** Preview button on an existing article's form: the typed changes, unsaved. */
	@PostMapping("/{id}/preview")
	String previewEditForm(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		mayPreview(this.currentStaff.require(), id);
		return previewForm(id, form, result, model, response);
	}

	/** The saved version of a draft, scheduled or live article. */
	@GetMapping("/{id}/preview")
	String previewSaved(@PathVariable long id, Model model, HttpServletResponse response) {
		mayPreview(this.currentStaff.require(), id);
		return PreviewBanner.render(this.previews.saved(id), "This is the saved version. Readers cannot see this page.",
				model, response);
	}

	@PostMapping("/{id}/preview-links")
	String createLink(@PathVariable long id, RedirectAttributes redirect) {
		Actor actor = mayShare(this.currentStaff.require());
		PreviewLinks.CreatedLink link = this.links.create(id, actor);
		redirect.addFlashAttribute("newPreviewLink", this.urls.absolute(link.path()));
		redirect.addFlashAttribute("message", "Preview link created. It works until " + link.expiresDisplay()
				+ ". Copy it now: for safety it is shown only once.");
		return "redirect:/admin/articles/" + id + "/edit#preview-links";
	}

	@PostMapping("/{id}/preview-links/{linkId}/revoke")
	String revokeLink(@PathVariable long id, @PathVariable long linkId, RedirectAttributes redirect) {
		mayShare(this.currentStaff.require());
		this.links.revoke(id, linkId);
		redirect.addFlashAttribute("message",
				"Preview link revoked. Anyone opening it now is told it no longer works.");
		return "redirect:/admin/articles/" + id + "/edit#preview-links";
	}

	private String previewForm(Long id, ArticleForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		ArticlePreviews.Preview preview = this.previews.fromForm(id, form, result);
		if (preview == null) {
			PreviewBanner.markPrivate(response);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			List<String> problems = result.getFieldErrors().stream().map(FieldError::getDefaultMessage).toList();
			model.addAttribute("problems", problems);
			model.addAttribute("articleId", id);
			return PROBLEM_VIEW;
		}
		return PreviewBanner.render(preview,
				"This is what you typed, not saved yet. Readers cannot see this page; close it to go on editing.",
				model, response);
	}

	/**
	 * Who may preview: whoever may open the article in the admin (a writer only their own
	 * articles; io.newsdesk.article.workflow.ArticleWorkflow), and anyone staff for a
	 * new, unsaved article.
	 */
	private void mayPreview(Actor actor, Long articleId) {
		if (articleId == null) {
			return;
		}
		Article article = this.articles.findById(articleId).orElseThrow(NotFoundException::new);
		if (!ArticleWorkflow.mayOpen(actor.role(), ArticleWorkflow.owns(actor, article))) {
			throw new AccessDeniedException("Not allowed to open this article");
		}
	}

	/** Who may hand out preview links and revoke them: editors and admins. */
	static Actor mayShare(Actor actor) {
		if (!actor.canEditAnything()) {
			throw new AccessDeniedException("Only editors share previews");
		}
		return actor;
	}

}
