package io.newsdesk.frontpage;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells admin pages whether to offer editor-only controls: the article form's "Pin as
 * lead" and "Flag as breaking" buttons and the admin bar's Front page and Authors links.
 * Only for showing them, from the session's roles (no query): the server checks are
 * {@link FrontPageControl#requireEditor()} and the author pages' own, on every request.
 */
@ControllerAdvice(basePackages = "io.newsdesk")
class FrontPageFormAdvice {

	@ModelAttribute("canControlFrontPage")
	boolean canControlFrontPage() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_EDITOR".equals(authority.getAuthority())
					|| "ROLE_ADMIN".equals(authority.getAuthority()));
	}

}
