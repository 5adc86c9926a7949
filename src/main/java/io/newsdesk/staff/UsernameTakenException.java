package io.newsdesk.staff;

/**
 * Another account already has this username (usernames are unique regardless of case).
 */
class UsernameTakenException extends RuntimeException {

	UsernameTakenException() {
		super("That username is taken.");
	}

}
