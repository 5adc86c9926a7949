package io.newsdesk.frontpage;

/** A front-page change refused with a message the editor can act on; nothing changed. */
class FrontPageRejectedException extends RuntimeException {

	FrontPageRejectedException(String message) {
		super(message);
	}

}
