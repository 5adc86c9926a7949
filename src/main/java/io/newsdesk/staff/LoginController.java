package io.newsdesk.staff;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page; Spring Security handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String showLoginForm(Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/admin";
		}
		return "login";
	}

}
