package io.newsdesk.site;

import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Answers 404 with the site's own "page not found" page. */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException() {
		super(HttpStatus.NOT_FOUND);
	}

	/** Page numbers past the end of a list are as missing as an unknown slug. */
	public static void unlessPageExists(Slice<?> page) {
		if (page.getNumber() > 0 && !page.hasContent()) {
			throw new NotFoundException();
		}
	}

}
