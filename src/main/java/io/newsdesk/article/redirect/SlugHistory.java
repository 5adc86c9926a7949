package io.newsdesk.article.redirect;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.newsdesk.article.Visibility;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Old addresses of public articles, so a published URL never breaks: when a live
 * article's slug changes, ArticleEditor hands the old slug here, and
 * ArticlePageController asks here before answering 404. Every old slug points at the
 * article itself, not at the slug that replaced it, so A → B → C sends /articles/A
 * straight to /articles/C in one hop.
 * <p>
 * Only slugs an article had while it was visible are kept (a draft's working slugs were
 * never public), and a redirect only ever leads to an article that is visible now, so an
 * old address can never reveal a draft, a scheduled story or a withdrawn one. A slug in
 * use by an article is nobody's old address: saving an article under a slug removes that
 * slug from the history, so the live article wins.
 */
@Service
@Transactional
public class SlugHistory {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	SlugHistory(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Called by ArticleEditor inside the transaction that saved the article.
	 * @param previousSlug the slug before this save ({@code null} for a new article)
	 * @param wasPublic whether the article was visible to readers just before this save
	 */
	public void afterSave(long articleId, String previousSlug, String currentSlug, boolean wasPublic) {
		this.jdbc.update("delete from article_slug_history where slug = :slug", Map.of("slug", currentSlug));
		if (wasPublic && previousSlug != null && !previousSlug.equals(currentSlug)) {
			this.jdbc.update(
					"insert into article_slug_history (slug, article_id, retired_at) values (:slug, :id, :at)"
							+ " on conflict (slug) do update set article_id = excluded.article_id,"
							+ " retired_at = excluded.retired_at",
					Map.of("slug", previousSlug, "id", articleId, "at", Timestamp.from(this.clock.instant())));
		}
	}

	/**
	 * The current address of the visible article that once lived at {@code oldSlug}, in
	 * one statement; empty when there is none (never was, or it is not public now).
	 */
	@Transactional(readOnly = true)
	public Optional<String> currentUrlFor(String oldSlug) {
		Instant now = this.clock.instant();
		List<String> slugs = this.jdbc.queryForList(
				"select a.slug from article_slug_history h join article a on a.id = h.article_id"
						+ " where h.slug = :slug and a.slug <> h.slug and " + Visibility.SQL,
				Map.of("slug", oldSlug, "now", Timestamp.from(now)), String.class);
		return slugs.stream().findFirst().map((slug) -> "/articles/" + slug);
	}

	/** Old slugs of an article, newest first (the edit page lists them). */
	@Transactional(readOnly = true)
	public List<String> oldSlugsOf(long articleId) {
		return this.jdbc.queryForList(
				"select slug from article_slug_history where article_id = :id order by retired_at desc, slug",
				Map.of("id", articleId), String.class);
	}

}
