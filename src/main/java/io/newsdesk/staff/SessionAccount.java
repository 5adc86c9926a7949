package io.newsdesk.staff;

/**
 * The logged-in account as the database has it at the start of this request; see
 * StaffSessionFilter.
 */
public record SessionAccount(long id, String username, String displayName, StaffRole role, boolean enabled,
		boolean mustChangePassword) {

	public boolean isAdmin() {
		return this.role == StaffRole.ADMIN;
	}

}
