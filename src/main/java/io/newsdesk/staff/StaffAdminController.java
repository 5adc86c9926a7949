package io.newsdesk.staff;

import java.util.Arrays;
import java.util.List;

import io.newsdesk.site.SiteDates;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
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
 * Admins manage staff accounts here: list, create (with a temporary password shown once),
 * change role, disable and enable, reset a forgotten password. SecurityConfiguration
 * keeps everyone else out; {@link StaffAccounts} checks again and holds the rules.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	static final String LIST_VIEW = "admin/staff/list";

	static final String FORM_VIEW = "admin/staff/new";

	static final String SHOW_VIEW = "admin/staff/show";

	private final StaffAccounts accounts;

	private final SiteDates dates;

	StaffAdminController(StaffAccounts accounts, SiteDates dates) {
		this.accounts = accounts;
		this.dates = dates;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", this.accounts.list().stream().map(this::row).toList());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", new StaffForm());
		return showForm(model);
	}

	@PostMapping
	String submitCreateForm(@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		StaffRole role = parseRole(form.getRole());
		if (role == null) {
			result.rejectValue("role", "role", "Choose a role from the list.");
		}
		if (result.hasErrors()) {
			return showForm(model);
		}
		StaffAccounts.IssuedPassword issued;
		try {
			issued = this.accounts.create(form.getUsername(), form.getDisplayName(), role);
		}
		catch (UsernameTakenException | DataIntegrityViolationException ex) {
			result.rejectValue("username", "taken",
					"Another account already uses this username (capital letters do not count). Choose another.");
			return showForm(model);
		}
		redirect.addFlashAttribute("message", "Account created for " + issued.username() + ".");
		redirect.addFlashAttribute("issuedPassword", issued.password());
		return "redirect:/admin/staff/" + issued.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, Model model) {
		StaffUser user = this.accounts.find(parseId(id)).orElseThrow(StaffNotFoundException::new);
		model.addAttribute("account", row(user));
		model.addAttribute("roles", roleOptions());
		return SHOW_VIEW;
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable String id, @RequestParam(required = false) String role,
			RedirectAttributes redirect) {
		long staffId = parseId(id);
		StaffRole wanted = parseRole(role);
		if (wanted == null) {
			redirect.addFlashAttribute("problem", "Choose a role from the list.");
			return redirectTo(staffId);
		}
		return change(staffId, redirect, () -> this.accounts.changeRole(staffId, wanted),
				"Role changed to " + StaffAccounts.label(wanted) + ". It applies from their next click.");
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable String id, RedirectAttributes redirect) {
		long staffId = parseId(id);
		return change(staffId, redirect, () -> this.accounts.disable(staffId),
				"Account disabled. It can no longer log in, and any open session has ended. Its articles stay.");
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable String id, RedirectAttributes redirect) {
		long staffId = parseId(id);
		return change(staffId, redirect, () -> this.accounts.enable(staffId), "Account enabled. It can log in again.");
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable String id, RedirectAttributes redirect) {
		StaffAccounts.IssuedPassword issued = this.accounts.resetPassword(parseId(id));
		redirect.addFlashAttribute("message",
				"New temporary password issued for " + issued.username() + ". Their old password no longer works.");
		redirect.addFlashAttribute("issuedPassword", issued.password());
		return redirectTo(issued.id());
	}

	private String change(long id, RedirectAttributes redirect, Runnable change, String done) {
		try {
			change.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (StaffChangeRefusedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return redirectTo(id);
	}

	private String showForm(Model model) {
		model.addAttribute("roles", roleOptions());
		return FORM_VIEW;
	}

	private StaffRow row(StaffUser user) {
		return new StaffRow(user.getId(), user.getUsername(), user.getDisplayName(),
				StaffAccounts.label(user.getRole()), user.getRole(), user.isEnabled(), user.isMustChangePassword(),
				this.dates.display(user.getLastLoginAt()), this.dates.iso(user.getLastLoginAt()),
				this.dates.shortDate(user.getCreatedAt()));
	}

	private static List<RoleOption> roleOptions() {
		return Arrays.stream(StaffRole.values())
			.map((role) -> new RoleOption(role.name(), StaffAccounts.label(role), description(role)))
			.toList();
	}

	private static String description(StaffRole role) {
		return switch (role) {
			case ADMIN -> "everything, including staff accounts and the audit log";
			case EDITOR -> "edit, review and publish any article";
			case WRITER -> "write own drafts and submit them for review";
		};
	}

	private static StaffRole parseRole(String value) {
		return Arrays.stream(StaffRole.values()).filter((role) -> role.name().equals(value)).findFirst().orElse(null);
	}

	/** An id that is not a number is as unknown as one that does not exist. */
	private static long parseId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new StaffNotFoundException();
		}
	}

	private static String redirectTo(long id) {
		return "redirect:/admin/staff/" + id;
	}

	record RoleOption(String value, String label, String description) {

	}

}
