package io.newsdesk.media;

/**
 * An upload refused for something the editor can act on; the message is shown on the form
 * as it is.
 */
public class MediaRejectedException extends RuntimeException {

	public MediaRejectedException(String message) {
		super(message);
	}

}
