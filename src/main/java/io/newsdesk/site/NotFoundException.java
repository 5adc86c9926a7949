package io.newsdesk.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Answers 404 with the site's own "page not found" page. */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException() {
		super(HttpStatus.NOT_FOUND);
	}

	/** Page numbers past the end of a list are as missing as an unknown slug. */
	public static void unlessPageExists(org.springframework.data.domain.Page<?> page) {
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			throw new NotFoundException();
		}
	}

}
