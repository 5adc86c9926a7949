package io.newsdesk.article.correction;

/** A note that was not added, with a message the editor can act on. */
public class NoteRejectedException extends RuntimeException {

	NoteRejectedException(String message) {
		super(message);
	}

}
