package io.newsdesk.article.correction;

import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Add a correction or update" form on the article edit page (the panel itself is
 * rendered with the form, see io.newsdesk.article.preview.ArticleEditPanels). A refused
 * note goes back to the edit page with its text and the reason, via flash attributes.
 */
@Controller
class ArticleNoteController {

	private final ArticleNotes notes;

	private final CurrentStaff currentStaff;

	ArticleNoteController(ArticleNotes notes, CurrentStaff currentStaff) {
		this.notes = notes;
		this.currentStaff = currentStaff;
	}

	@PostMapping("/admin/articles/{id}/notes")
	String submitNote(@PathVariable long id, @ModelAttribute("noteForm") NoteForm form, RedirectAttributes redirect) {
		Actor actor = mayAddNotes();
		try {
			this.notes.add(id, form, actor);
			NoteKind kind = NoteKind.fromParameter(form.getKind());
			redirect.addFlashAttribute("message",
					kind.label() + " added. It shows on the article now, with the updated time.");
		}
		catch (NoteRejectedException ex) {
			redirect.addFlashAttribute("noteForm", form);
			redirect.addFlashAttribute("noteProblem", ex.getMessage());
		}
		return "redirect:/admin/articles/" + id + "/edit#notes";
	}

	/**
	 * Who may append a correction or update: editors and admins. The one place to change
	 * when the newsroom's rules move (e.g. to the state machine's permissions).
	 */
	private Actor mayAddNotes() {
		Actor actor = this.currentStaff.require();
		if (!actor.canEditAnything()) {
			throw new AccessDeniedException("Only editors add corrections and updates");
		}
		return actor;
	}

}
