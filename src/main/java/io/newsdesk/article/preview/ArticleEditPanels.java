package io.newsdesk.article.preview;

import java.util.List;

import io.newsdesk.article.correction.ArticleNotes;
import io.newsdesk.article.correction.NoteForm;
import io.newsdesk.article.correction.NoteKind;
import io.newsdesk.article.redirect.SlugHistory;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The panels under the article form that are not the article itself: preview and
 * shareable preview links, corrections and updates, and the old addresses that redirect
 * to the article. ArticleAdminController calls {@link #addTo} when it shows the form, so
 * these features stay out of its way.
 */
@Component
public class ArticleEditPanels {

	private final PreviewLinks links;

	private final ArticleNotes notes;

	private final SlugHistory slugHistory;

	private final CurrentStaff currentStaff;

	ArticleEditPanels(PreviewLinks links, ArticleNotes notes, SlugHistory slugHistory, CurrentStaff currentStaff) {
		this.links = links;
		this.notes = notes;
		this.slugHistory = slugHistory;
		this.currentStaff = currentStaff;
	}

	/**
	 * @param articleId the article on the form, or {@code null} for a new one
	 */
	public void addTo(Long articleId, Model model) {
		boolean editor = this.currentStaff.find().map(Actor::canEditAnything).orElse(false);
		model.addAttribute("mayShare", editor);
		model.addAttribute("mayCorrect", editor);
		model.addAttribute("noteKinds", NoteKind.values());
		model.addAttribute("noteMaxLength", NoteForm.MAX_LENGTH);
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new NoteForm());
		}
		model.addAttribute("previewLinks", (articleId != null) ? this.links.activeFor(articleId) : List.of());
		model.addAttribute("notes", (articleId != null) ? this.notes.forEditPage(articleId) : List.of());
		model.addAttribute("oldSlugs", (articleId != null) ? this.slugHistory.oldSlugsOf(articleId) : List.of());
	}

}
