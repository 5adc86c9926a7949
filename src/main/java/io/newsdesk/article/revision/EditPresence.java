package io.newsdesk.article.revision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who else has an article open for editing: each opening of the edit form is upserted
 * into {@code article_presence} (PostgreSQL, so every app instance sees it), and the form
 * names the others seen in the last {@link #WINDOW}. A hint, not a lock: the stale-save
 * check is what keeps work from being overwritten. Plain SQL because the upsert is
 * PostgreSQL's {@code INSERT ... ON CONFLICT}.
 */
@Service
public class EditPresence {

	/** How long an opened edit form counts as "also editing". */
	static final Duration WINDOW = Duration.ofMinutes(5);

	private final JdbcTemplate jdbc;

	private final CurrentStaff currentStaff;

	private final Clock clock;

	EditPresence(JdbcTemplate jdbc, CurrentStaff currentStaff, Clock clock) {
		this.jdbc = jdbc;
		this.currentStaff = currentStaff;
		this.clock = clock;
	}

	/**
	 * Notes that the logged-in staff member opened the article for editing, and returns
	 * the display names of the others who did in the last five minutes, most recent
	 * first. Nobody logged in (or no staff account): records nothing.
	 */
	@Transactional
	public List<String> openedForEditing(long articleId) {
		Actor me = this.currentStaff.find().orElse(null);
		Instant now = this.clock.instant();
		Timestamp since = Timestamp.from(now.minus(WINDOW));
		if (me != null) {
			this.jdbc.update(
					"insert into article_presence (article_id, staff_id, opened_at) values (?, ?, ?) "
							+ "on conflict (article_id, staff_id) do update set opened_at = excluded.opened_at",
					articleId, me.id(), Timestamp.from(now));
			// Old rows of this article are of no further use; keep the table small.
			this.jdbc.update("delete from article_presence where article_id = ? and opened_at < ?", articleId,
					Timestamp.from(now.minus(WINDOW.multipliedBy(12))));
		}
		return this.jdbc.queryForList(
				"select s.display_name from article_presence p join staff_user s on s.id = p.staff_id "
						+ "where p.article_id = ? and p.staff_id <> ? and p.opened_at > ? and s.enabled "
						+ "order by p.opened_at desc, s.display_name",
				String.class, articleId, (me != null) ? me.id() : -1L, since);
	}

	/** "Ann is", "Ann and Bob are", "Ann, Bob and Cy are" also editing this article. */
	public static String note(List<String> names) {
		if (names.isEmpty()) {
			return null;
		}
		if (names.size() == 1) {
			return names.get(0) + " is also editing this article.";
		}
		String all = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
		return all + " are also editing this article.";
	}

}
