package io.newsdesk.site;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsdesk.section.SectionLink;
import io.newsdesk.section.SectionNavigation;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: masthead and section navigation. */
@ControllerAdvice
class SiteModelAdvice {

	private final SiteProperties site;

	private final SiteDates dates;

	private final SectionNavigation navigation;

	SiteModelAdvice(SiteProperties site, SiteDates dates, SectionNavigation navigation) {
		this.site = site;
		this.dates = dates;
		this.navigation = navigation;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	@ModelAttribute("today")
	String today() {
		return this.dates.today();
	}

	/**
	 * Pages without their own metadata get only a title; public list and article pages
	 * replace this with canonical URL, description and so on.
	 */
	@ModelAttribute("meta")
	PageMetadata meta() {
		return PageMetadata.none();
	}

	@ModelAttribute("sections")
	List<SectionLink> sections(HttpServletRequest request) {
		// A server error page may be shown because the database is out of reach
		// (DatabaseUnavailableAdvice): asking it again would fail after a wait and leave
		// the reader a blank page.
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
				&& status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
			return List.of();
		}
		return this.navigation.links();
	}

}
