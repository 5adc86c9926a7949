package io.newsdesk.article.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.SiteDates;
import io.newsdesk.staff.Actor;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shareable preview links: {@code /preview/<token>} shows an article's saved version to
 * whoever has the link, without logging in, until it expires or an editor revokes it.
 * <p>
 * The token is 256 bits from {@link SecureRandom}, base64url without padding (43
 * characters), so it cannot be guessed. Only its SHA-256 is stored: the link is shown to
 * the editor once, when it is made, and a leaked database backup opens no preview. A fast
 * unsalted hash is enough for a secret this long (there is nothing to brute-force), and
 * it lets the lookup be one indexed equality.
 */
@Service
@Transactional
public class PreviewLinks {

	static final int TOKEN_BYTES = 32;

	/** What {@link #newToken} produces; anything else is answered 404 without a query. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final NamedParameterJdbcTemplate jdbc;

	private final ArticleRepository articles;

	private final PreviewProperties properties;

	private final SiteDates dates;

	private final Clock clock;

	private final AuditTrail audit;

	PreviewLinks(NamedParameterJdbcTemplate jdbc, ArticleRepository articles, PreviewProperties properties,
			SiteDates dates, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.properties = properties;
		this.dates = dates;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Makes a new link to the article.
	 * @return the path ({@code /preview/<token>}) and when it stops working; the token
	 * cannot be recovered later
	 * @throws NotFoundException for an unknown article
	 */
	public CreatedLink create(long articleId, Actor actor) {
		Article article = this.articles.findById(articleId).orElseThrow(NotFoundException::new);
		byte[] secret = new byte[TOKEN_BYTES];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant expires = now.plus(this.properties.linkLifetime());
		this.jdbc.update(
				"insert into preview_link (article_id, token_hash, created_by, created_at, expires_at)"
						+ " values (:id, :hash, :by, :at, :expires)",
				Map.of("id", articleId, "hash", hash(token), "by", actor.username(), "at", Timestamp.from(now),
						"expires", Timestamp.from(expires)));
		this.audit.record("article.preview-link.create", AuditSubject.article(articleId, article.getHeadline()),
				"Expires " + this.dates.display(expires));
		return new CreatedLink("/preview/" + token, this.dates.display(expires));
	}

	/**
	 * Stops a link working at once. Revoking a link twice changes nothing.
	 * @throws NotFoundException when the article has no such link
	 */
	public void revoke(long articleId, long linkId) {
		Article article = this.articles.findById(articleId).orElseThrow(NotFoundException::new);
		Map<String, Object> link = Map.of("id", linkId, "articleId", articleId, "now",
				Timestamp.from(this.clock.instant()));
		Integer found = this.jdbc.queryForObject(
				"select count(*) from preview_link where id = :id and article_id = :articleId", link, Integer.class);
		if (found == null || found == 0) {
			throw new NotFoundException();
		}
		int revoked = this.jdbc
			.update("update preview_link set revoked_at = :now where id = :id and article_id = :articleId"
					+ " and revoked_at is null", link);
		if (revoked > 0) {
			this.audit.record("article.preview-link.revoke", AuditSubject.article(articleId, article.getHeadline()),
					"Preview link " + linkId);
		}
	}

	/** Links of the article that still work, the longest-lived first. */
	@Transactional(readOnly = true)
	public List<PreviewLinkRow> activeFor(long articleId) {
		return this.jdbc.query(
				"select id, created_by, created_at, expires_at from preview_link where article_id = :id"
						+ " and revoked_at is null and expires_at > :now order by expires_at desc, id desc",
				Map.of("id", articleId, "now", Timestamp.from(this.clock.instant())),
				(rs, row) -> new PreviewLinkRow(rs.getLong("id"),
						(rs.getString("created_by") != null) ? rs.getString("created_by") : "",
						this.dates.display(rs.getTimestamp("created_at").toInstant()),
						this.dates.iso(rs.getTimestamp("expires_at").toInstant()),
						this.dates.display(rs.getTimestamp("expires_at").toInstant())));
	}

	/** What a visitor's token leads to; malformed and unknown tokens are the same. */
	@Transactional(readOnly = true)
	public Resolution resolve(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Resolution.UNKNOWN;
		}
		List<Resolution> found = this.jdbc.query(
				"select article_id, expires_at, revoked_at from preview_link where token_hash = :hash",
				Map.of("hash", hash(token)), (rs, row) -> {
					if (rs.getTimestamp("revoked_at") != null) {
						return Resolution.REVOKED;
					}
					Instant expires = rs.getTimestamp("expires_at").toInstant();
					if (!expires.isAfter(this.clock.instant())) {
						return new Resolution(Outcome.EXPIRED, null, this.dates.display(expires));
					}
					return new Resolution(Outcome.FOUND, rs.getLong("article_id"), this.dates.display(expires));
				});
		return found.isEmpty() ? Resolution.UNKNOWN : found.get(0);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** A link just made: shown to its maker once. */
	public record CreatedLink(String path, String expiresDisplay) {
	}

	/** The states a token can be in, from a visitor's point of view. */
	public enum Outcome {

		FOUND, EXPIRED, REVOKED, UNKNOWN

	}

	/**
	 * What a token leads to.
	 *
	 * @param articleId the article to show, when {@link Outcome#FOUND}
	 * @param expiresDisplay when the link stops (or stopped) working
	 */
	public record Resolution(Outcome outcome, Long articleId, String expiresDisplay) {

		static final Resolution UNKNOWN = new Resolution(Outcome.UNKNOWN, null, null);

		static final Resolution REVOKED = new Resolution(Outcome.REVOKED, null, null);

	}

}
