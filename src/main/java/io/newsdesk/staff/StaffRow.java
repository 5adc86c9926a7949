package io.newsdesk.staff;

/** A staff account as the admin pages show it: labels and times already formatted. */
public record StaffRow(long id, String username, String displayName, String role, StaffRole roleValue, boolean enabled,
		boolean mustChangePassword, String lastLogin, String lastLoginIso, String created) {

	public String url() {
		return "/admin/staff/" + this.id;
	}

	/** This account's entries in the audit log. */
	public String auditUrl() {
		return "/admin/audit?subjectType=staff&subjectId=" + this.id;
	}

}
