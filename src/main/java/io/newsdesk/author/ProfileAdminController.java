package io.newsdesk.author;

import io.newsdesk.media.MediaImages;
import io.newsdesk.media.MediaLibrary;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Author profiles in the admin: everyone edits their own at /admin/profile; editors and
 * admins list every author at /admin/authors and edit any profile. Accounts, roles and
 * passwords are io.newsdesk.staff's. The public page is AuthorPageController.
 */
@Controller
class ProfileAdminController {

	static final String FORM_VIEW = "admin/author/form";

	static final String LIST_VIEW = "admin/author/list";

	private final AuthorProfiles profiles;

	private final CurrentStaff currentStaff;

	private final MediaLibrary mediaLibrary;

	private final MediaImages mediaImages;

	ProfileAdminController(AuthorProfiles profiles, CurrentStaff currentStaff, MediaLibrary mediaLibrary,
			MediaImages mediaImages) {
		this.profiles = profiles;
		this.currentStaff = currentStaff;
		this.mediaLibrary = mediaLibrary;
		this.mediaImages = mediaImages;
	}

	@GetMapping("/admin/profile")
	String showOwnForm(Model model) {
		Author me = this.profiles.find(this.currentStaff.require().id());
		return showForm(me, this.profiles.formFor(me), true, model);
	}

	@PostMapping("/admin/profile")
	String submitOwnForm(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Author me = this.profiles.find(this.currentStaff.require().id());
		return submit(me, form, result, true, model, redirect);
	}

	@GetMapping("/admin/authors")
	String list(Model model) {
		requireEditor();
		model.addAttribute("authors", this.profiles.all());
		return LIST_VIEW;
	}

	@GetMapping("/admin/authors/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		Author author = this.profiles.find(id);
		this.profiles.requireMayEdit(id);
		return showForm(author, this.profiles.formFor(author), isSelf(author), model);
	}

	@PostMapping("/admin/authors/{id}")
	String submitEditForm(@PathVariable long id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Author author = this.profiles.find(id);
		this.profiles.requireMayEdit(id);
		return submit(author, form, result, isSelf(author), model, redirect);
	}

	private String submit(Author author, ProfileForm form, BindingResult result, boolean own, Model model,
			RedirectAttributes redirect) {
		try {
			if (!result.hasErrors() && this.profiles.save(author.id(), form, result)) {
				redirect.addFlashAttribute("message", "Profile saved.");
				return own ? "redirect:/admin/profile" : "redirect:/admin/authors/" + author.id() + "/edit";
			}
		}
		catch (DataIntegrityViolationException ex) {
			// Two saves raced for one slug; the unique index stopped the second, and
			// save() marked the field.
		}
		model.addAttribute("problem", "The profile was not saved. Fix the fields marked below.");
		return showForm(author, form, own, model);
	}

	private String showForm(Author author, ProfileForm form, boolean own, Model model) {
		model.addAttribute("author", author);
		model.addAttribute("form", form);
		model.addAttribute("own", own);
		model.addAttribute("action", own ? "/admin/profile" : "/admin/authors/" + author.id());
		model.addAttribute("maxBio", AuthorProfile.MAX_BIO);
		model.addAttribute("mediaOptions", this.mediaLibrary.pickerOptions(form.getPhotoMediaId()));
		model.addAttribute("photo", this.mediaImages.find(form.getPhotoMediaId()).orElse(null));
		return FORM_VIEW;
	}

	private boolean isSelf(Author author) {
		return author.id().equals(this.currentStaff.require().id());
	}

	private void requireEditor() {
		Actor actor = this.currentStaff.require();
		if (!actor.canEditAnything()) {
			throw new AccessDeniedException("Only editors and admins see every author");
		}
	}

}
