package io.newsdesk.staff;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own password. Also where an account with a temporary password is held until
 * it chooses one (StaffSessionFilter sends every other admin page here). Password fields
 * are never filled back in after a refusal.
 */
@Controller
@RequestMapping(StaffSessionFilter.CHANGE_PASSWORD_PATH)
class PasswordController {

	static final String VIEW = "admin/password";

	private final StaffAccounts accounts;

	private final CurrentStaff currentStaff;

	PasswordController(StaffAccounts accounts, CurrentStaff currentStaff) {
		this.accounts = accounts;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String showForm(Model model) {
		return show(model, new PasswordProblems());
	}

	@PostMapping
	String submitForm(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		PasswordProblems problems = this.accounts.changeOwnPassword(currentPassword, newPassword, confirmPassword);
		if (!problems.isEmpty()) {
			return show(model, problems);
		}
		// A new session id with the new password, as after a login; this session stays
		// logged in, the account's other sessions end at their next request.
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		StaffSessionFilter.forgetCredentials(request);
		redirect.addFlashAttribute("message", "Your password has been changed. Use it the next time you log in.");
		return "redirect:/admin/password";
	}

	private String show(Model model, PasswordProblems problems) {
		Actor actor = this.currentStaff.require();
		model.addAttribute("problems", problems);
		model.addAttribute("username", actor.username());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return VIEW;
	}

}
