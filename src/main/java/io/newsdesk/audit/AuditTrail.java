package io.newsdesk.audit;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what staff did in the append-only {@code audit_entry} table. Call it inside the
 * transaction that makes the change, so an entry exists exactly when the change does. Who
 * acted comes from the security context and the client address from the current request;
 * both may be absent (a scheduled job, the demo loader).
 * <p>
 * Actions are dotted strings owned by the feature that records them ("article.publish",
 * "staff.disable", "login.failure"), so adding one never touches this class.
 */
@Service
public class AuditTrail {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditTrail(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action by whoever is logged in. */
	@Transactional
	public void record(String action, AuditSubject subject, String detail) {
		recordAs(currentUsername(), action, subject, detail);
	}

	/**
	 * Records an action on behalf of a named user: a failed login, where nobody is logged
	 * in yet.
	 */
	@Transactional
	public void recordAs(String actorUsername, String action, AuditSubject subject, String detail) {
		AuditSubject about = (subject != null) ? subject : AuditSubject.NONE;
		this.jdbc.update(
				"insert into audit_entry (occurred_at, actor_username, action, subject_type, subject_id, subject_label, "
						+ "detail, client_ip) values (?, ?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(this.clock.instant()), truncate(actorUsername, 60), action, about.type(), about.id(),
				truncate(about.label(), 300), (detail != null) ? detail : "", truncate(clientIp(), 64));
	}

	private static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return null;
		}
		return authentication.getName();
	}

	/**
	 * The address the request came from; behind a proxy this is the proxy unless
	 * server.forward-headers-strategy is set, which is the operator's call to make.
	 */
	private static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
