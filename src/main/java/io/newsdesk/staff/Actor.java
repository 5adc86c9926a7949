package io.newsdesk.staff;

/**
 * The staff member doing something, as read from the database for this request (so a role
 * change or a disabled account takes effect at once, not at the next login). Permission
 * rules (who may publish, edit, manage staff) live with the features that need them and
 * ask this for the role.
 */
public record Actor(Long id, String username, String displayName, StaffRole role) {

	public boolean is(StaffRole wanted) {
		return this.role == wanted;
	}

	/** Editors and admins run the newsroom: publish, edit anything, review. */
	public boolean canEditAnything() {
		return this.role == StaffRole.ADMIN || this.role == StaffRole.EDITOR;
	}

}
