package io.newsdesk.audit;

import java.time.Instant;

/**
 * One audit entry as the audit log page shows it; {@code subjectUrl} is null when the
 * article or account no longer exists (the label still says what it was).
 */
public record AuditEntryRow(long id, Instant occurredAt, String when, String whenIso, String actor, String action,
		String subjectType, Long subjectId, String subjectLabel, String subjectUrl, String detail, String clientIp) {

	/** Other entries about the same article or account. */
	public String subjectHistoryUrl() {
		return (this.subjectType != null && this.subjectId != null)
				? "/admin/audit?subjectType=" + this.subjectType + "&subjectId=" + this.subjectId : null;
	}

}
