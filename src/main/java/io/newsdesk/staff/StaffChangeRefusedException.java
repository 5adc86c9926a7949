package io.newsdesk.staff;

/**
 * A staff change that breaks a rule (the last active admin, an admin's own account):
 * nothing changed, and the message says why in words shown to the admin.
 */
public class StaffChangeRefusedException extends RuntimeException {

	public StaffChangeRefusedException(String message) {
		super(message);
	}

}
