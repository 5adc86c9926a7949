package io.newsdesk.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error is answered with a site page (masthead, a way home), whatever the client
 * accepts: crawlers send {@code Accept: *}{@code /*} and should not get Boot's JSON or a
 * stack trace. Replaces Boot's BasicErrorController.
 */
@Controller
class SiteErrorController implements ErrorController {

	static final String NOT_FOUND_VIEW = "error/404";

	static final String ERROR_VIEW = "error";

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		response.setStatus(status);
		model.addAttribute("status", status);
		// Lets the page say which request failed, e.g. a search Tomcat could not decode.
		model.addAttribute("path", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		return (status == HttpServletResponse.SC_NOT_FOUND) ? NOT_FOUND_VIEW : ERROR_VIEW;
	}

}
