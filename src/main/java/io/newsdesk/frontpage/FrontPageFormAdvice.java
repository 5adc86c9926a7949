package io.newsdesk.frontpage;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the article form whether to show its "Pin as lead" and "Flag as breaking"
 * buttons. Only for showing them, from the session's roles (no query): the server check
 * is {@link FrontPageControl#requireEditor()} on every change.
 */
@ControllerAdvice(basePackages = "io.newsdesk.article.admin")
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
