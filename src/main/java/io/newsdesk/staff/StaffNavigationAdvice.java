package io.newsdesk.staff;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives templates the logged-in account ({@code staffAccount}, null for readers) so
 * admin/layout.html shows the Staff and Audit log links to admins only. Read from the
 * request attribute StaffSessionFilter already filled: no extra query.
 */
@ControllerAdvice
class StaffNavigationAdvice {

	@ModelAttribute("staffAccount")
	SessionAccount staffAccount(HttpServletRequest request) {
		return (request.getAttribute(StaffSessionFilter.ACCOUNT_ATTRIBUTE) instanceof SessionAccount account) ? account
				: null;
	}

}
