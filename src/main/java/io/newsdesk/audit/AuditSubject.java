package io.newsdesk.audit;

/**
 * What an audit entry is about: an article or a staff account, by id, with a label
 * (headline, username) kept as it was at the time, so the log still reads after the
 * subject changes or is deleted.
 */
public record AuditSubject(String type, Long id, String label) {

	public static final AuditSubject NONE = new AuditSubject(null, null, "");

	public static AuditSubject article(Long id, String headline) {
		return new AuditSubject("article", id, (headline != null) ? headline : "");
	}

	public static AuditSubject staff(Long id, String username) {
		return new AuditSubject("staff", id, (username != null) ? username : "");
	}

}
