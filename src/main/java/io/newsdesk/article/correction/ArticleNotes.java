package io.newsdesk.article.correction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.SiteDates;
import io.newsdesk.staff.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections and updates appended to published articles, and the "Updated" time readers
 * see. A note is never edited or removed once readers have seen it (a wrong note gets a
 * correction of its own). Adding one sets the article's visible updated time with a plain
 * UPDATE that leaves the article's version alone, so an editor who has the article open
 * is not told someone else saved it. The form is ArticleNoteController; the public page
 * reads {@link #forPage}.
 */
@Service
@Transactional
public class ArticleNotes {

	private final NamedParameterJdbcTemplate jdbc;

	private final ArticleRepository articles;

	private final SiteDates dates;

	private final Clock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ArticleNotes(NamedParameterJdbcTemplate jdbc, ArticleRepository articles, SiteDates dates, Clock clock,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.dates = dates;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Appends a note to a live article and makes it the article's "Updated" time.
	 * @throws NotFoundException for an unknown article
	 * @throws NoteRejectedException when the article is not live or the note is empty,
	 * too long or of no known kind; nothing is written then
	 */
	public void add(long articleId, NoteForm form, Actor actor) {
		Article article = this.articles.findById(articleId).orElseThrow(NotFoundException::new);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (!article.isVisibleAt(now)) {
			throw new NoteRejectedException("Corrections and updates are for articles readers can see, and this one "
					+ "is not on the site. Change the text itself instead; no note is needed before publication.");
		}
		NoteKind kind = NoteKind.fromParameter(form.getKind());
		if (kind == null) {
			throw new NoteRejectedException("Choose whether this is a correction or an update.");
		}
		String text = form.getText().strip();
		if (text.isEmpty()) {
			throw new NoteRejectedException("Write the note first: what was wrong and what is right, or what is new.");
		}
		if (text.length() > NoteForm.MAX_LENGTH) {
			throw new NoteRejectedException("Keep the note to " + String.format("%,d", NoteForm.MAX_LENGTH)
					+ " characters or fewer; it has " + String.format("%,d", text.length()) + ".");
		}
		this.jdbc.update(
				"insert into article_note (article_id, kind, body, created_at, created_by)"
						+ " values (:id, :kind, :body, :at, :by)",
				Map.of("id", articleId, "kind", kind.name(), "body", text, "at", Timestamp.from(now), "by",
						actor.username()));
		this.jdbc.update("update article set public_updated_at = :at where id = :id",
				Map.of("at", Timestamp.from(now), "id", articleId));
		this.audit.record("article.correction", AuditSubject.article(articleId, article.getHeadline()),
				kind.label() + ": " + text);
		this.events.publishEvent(PublicContentChanged.article(articleId));
	}

	/**
	 * The "Updated" time and notes of the article at {@code slug}, in one statement; for
	 * a page whose article already passed the visibility rule.
	 */
	@Transactional(readOnly = true)
	public ArticleUpdates forPage(String slug) {
		List<Row> rows = this.jdbc.query(
				"select a.publish_at, a.public_updated_at, n.kind, n.body, n.created_at, n.created_by"
						+ " from article a left join article_note n on n.article_id = a.id"
						+ " where a.slug = :slug order by n.created_at desc, n.id desc",
				Map.of("slug", slug), ArticleNotes::row);
		if (rows.isEmpty()) {
			return ArticleUpdates.NONE;
		}
		Row first = rows.get(0);
		return updates(first.publishAt(), first.publicUpdatedAt(),
				rows.stream().filter((row) -> row.kind() != null).map(this::view).toList());
	}

	/**
	 * For previews: the saved article's notes (none for an unsaved one) with the times
	 * the previewed version would have.
	 */
	@Transactional(readOnly = true)
	public ArticleUpdates forPreview(Long articleId, Instant publishAt, Instant publicUpdatedAt) {
		return updates(publishAt, publicUpdatedAt, (articleId != null) ? forEditPage(articleId) : List.of());
	}

	/** Every note of an article, newest first, with who added it. */
	@Transactional(readOnly = true)
	public List<NoteView> forEditPage(long articleId) {
		return this.jdbc
			.query("select null as publish_at, null as public_updated_at, n.kind, n.body, n.created_at, n.created_by"
					+ " from article_note n where n.article_id = :id order by n.created_at desc, n.id desc",
					Map.of("id", articleId), ArticleNotes::row)
			.stream()
			.map(this::view)
			.toList();
	}

	private ArticleUpdates updates(Instant publishAt, Instant publicUpdatedAt, List<NoteView> notes) {
		boolean updated = publishAt != null && publicUpdatedAt != null && publicUpdatedAt.isAfter(publishAt);
		return new ArticleUpdates(updated ? this.dates.iso(publicUpdatedAt) : null,
				updated ? this.dates.display(publicUpdatedAt) : null, new ArrayList<>(notes));
	}

	private NoteView view(Row row) {
		NoteKind kind = NoteKind.valueOf(row.kind());
		return new NoteView(kind.label(), row.body(), this.dates.iso(row.createdAt()),
				this.dates.display(row.createdAt()), (row.createdBy() != null) ? row.createdBy() : "");
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(instant(rs.getTimestamp("publish_at")), instant(rs.getTimestamp("public_updated_at")),
				rs.getString("kind"), rs.getString("body"), instant(rs.getTimestamp("created_at")),
				rs.getString("created_by"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Row(Instant publishAt, Instant publicUpdatedAt, String kind, String body, Instant createdAt,
			String createdBy) {
	}

}
