package io.newsdesk.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsdesk.site.SiteDates;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail for the admins' audit log page (AuditLogController); AuditTrail
 * writes it. Plain SQL because the page is a keyset walk over a table that only grows:
 * {@code (occurred_at, id) < (?, ?)} with a LIMIT reads one page from the index however
 * deep the admin goes, where OFFSET paging (Spring Data's Pageable) would count and skip
 * every earlier row. Each filter matches one of V8's indexes.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

	private final NamedParameterJdbcTemplate jdbc;

	private final SiteDates dates;

	AuditLog(JdbcTemplate jdbc, SiteDates dates) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.dates = dates;
	}

	/** A page of entries, newest first, and whether older ones follow. */
	AuditPage find(AuditLogFilter.Checked filter) {
		List<String> where = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (filter.action() != null) {
			where.add("action = :action");
			params.addValue("action", filter.action());
		}
		if (filter.actor() != null) {
			where.add("lower(actor_username) = lower(:actor)");
			params.addValue("actor", filter.actor());
		}
		if (filter.subjectType() != null) {
			where.add("subject_type = :subjectType");
			params.addValue("subjectType", filter.subjectType());
		}
		if (filter.subjectId() != null) {
			where.add("subject_id = :subjectId");
			params.addValue("subjectId", filter.subjectId());
		}
		if (filter.from() != null) {
			where.add("occurred_at >= :from");
			params.addValue("from", Timestamp.from(filter.from()));
		}
		if (filter.toExclusive() != null) {
			where.add("occurred_at < :to");
			params.addValue("to", Timestamp.from(filter.toExclusive()));
		}
		if (filter.before() != null) {
			where.add("(occurred_at, id) < (:beforeAt, :beforeId)");
			params.addValue("beforeAt", Timestamp.from(filter.before().occurredAt()));
			params.addValue("beforeId", filter.before().id());
		}
		params.addValue("limit", PAGE_SIZE + 1);
		String sql = "select id, occurred_at, actor_username, action, subject_type, subject_id, subject_label, detail, "
				+ "client_ip from audit_entry" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by occurred_at desc, id desc limit :limit";
		List<Raw> raw = this.jdbc.query(sql, params,
				(rs, row) -> new Raw(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
						rs.getString("actor_username"), rs.getString("action"), rs.getString("subject_type"),
						(Long) rs.getObject("subject_id", Long.class), rs.getString("subject_label"),
						rs.getString("detail"), rs.getString("client_ip")));
		boolean more = raw.size() > PAGE_SIZE;
		List<Raw> page = more ? raw.subList(0, PAGE_SIZE) : raw;
		Set<Long> articles = existing("article", ids(page, "article"));
		Set<Long> staff = existing("staff_user", ids(page, "staff"));
		List<AuditEntryRow> rows = page.stream().map((entry) -> row(entry, articles, staff)).toList();
		return new AuditPage(rows, more);
	}

	/**
	 * The actions recorded so far, for the filter's list: a loose index scan over the
	 * action index, one short lookup per distinct action rather than a pass over every
	 * row.
	 */
	List<String> actions() {
		return this.jdbc.getJdbcTemplate()
			.queryForList("with recursive a(action) as (" + " (select action from audit_entry order by action limit 1)"
					+ " union all select (select e.action from audit_entry e where e.action > a.action"
					+ " order by e.action limit 1) from a where a.action is not null)"
					+ " select action from a where action is not null", String.class);
	}

	private AuditEntryRow row(Raw entry, Set<Long> articles, Set<Long> staff) {
		String url = null;
		if (entry.subjectId() != null) {
			if ("article".equals(entry.subjectType()) && articles.contains(entry.subjectId())) {
				url = "/admin/articles/" + entry.subjectId() + "/edit";
			}
			else if ("staff".equals(entry.subjectType()) && staff.contains(entry.subjectId())) {
				url = "/admin/staff/" + entry.subjectId();
			}
		}
		return new AuditEntryRow(entry.id(), entry.occurredAt(),
				WHEN.format(this.dates.toSiteLocal(entry.occurredAt())), this.dates.iso(entry.occurredAt()),
				entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(), entry.subjectLabel(), url,
				entry.detail(), entry.clientIp());
	}

	private static Set<Long> ids(List<Raw> entries, String type) {
		return entries.stream()
			.filter((entry) -> type.equals(entry.subjectType()) && entry.subjectId() != null)
			.map(Raw::subjectId)
			.collect(Collectors.toSet());
	}

	/** Which of these ids still exist: one query per subject table for the whole page. */
	private Set<Long> existing(String table, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.queryForList("select id from " + table + " where id in (:ids)",
				new MapSqlParameterSource("ids", ids), Long.class));
	}

	record AuditPage(List<AuditEntryRow> rows, boolean hasOlder) {

		AuditEntryRow last() {
			return this.rows.get(this.rows.size() - 1);
		}

	}

	private record Raw(long id, Instant occurredAt, String actor, String action, String subjectType, Long subjectId,
			String subjectLabel, String detail, String clientIp) {

	}

}
