package io.newsdesk.staff;

/**
 * The logged-in account as the database has it at the start of this request; see
 * StaffSessionFilter. {@code credentials} is a fingerprint of the password hash (never
 * the hash itself): it changes whenever the password does.
 */
public record SessionAccount(long id, String username, String displayName, StaffRole role, boolean enabled,
		boolean mustChangePassword, String credentials) {

	public boolean isAdmin() {
		return this.role == StaffRole.ADMIN;
	}

}
