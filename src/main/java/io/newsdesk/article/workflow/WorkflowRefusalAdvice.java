package io.newsdesk.article.workflow;

import io.newsdesk.site.SiteProperties;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a refused workflow action with an admin page giving the reason: 403 when it is
 * about who is asking (a writer publishing), 409 when about the article's state
 * (restoring an article that is not deleted). Also tells the admin layout whether to link
 * the editors' pages.
 */
@ControllerAdvice
class WorkflowRefusalAdvice {

	static final String REFUSED_VIEW = "admin/workflow/refused";

	private final SiteProperties site;

	WorkflowRefusalAdvice(SiteProperties site) {
		this.site = site;
	}

	@ExceptionHandler(ArticleActionRefusedException.class)
	ModelAndView refused(ArticleActionRefusedException ex) {
		ModelAndView page = new ModelAndView(REFUSED_VIEW);
		page.setStatus(ex.isForbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT);
		page.addObject("reason", ex.reason());
		page.addObject("forbidden", ex.isForbidden());
		page.addObject("site", this.site);
		page.addObject("editorLinks", editorLinks());
		return page;
	}

	/**
	 * Whether the admin bar links the review queue and the Deleted list. Read from the
	 * login's roles to spare a query on every page: it only hides links, the pages check
	 * the account itself.
	 */
	@ModelAttribute("editorLinks")
	boolean editorLinks() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((role) -> role.equals("ROLE_ADMIN") || role.equals("ROLE_EDITOR"));
	}

}
