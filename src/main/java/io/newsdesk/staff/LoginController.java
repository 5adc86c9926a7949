package io.newsdesk.staff;

import io.newsdesk.site.PageMetadata;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page; Spring Security handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String showLoginForm(Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/admin";
		}
		// Staff only: nothing here for a search engine's index.
		model.addAttribute("meta", PageMetadata.noindexPage());
		return "login";
	}

}
