package io.newsdesk.search;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the search page reads queries.
 *
 * @param language the PostgreSQL text-search configuration used to parse what readers
 * type ({@code NEWSDESK_SEARCH_LANGUAGE}, default {@code english}). It must match the one
 * the {@code article.search_vector} column is generated with (V24 uses english): changing
 * it means a new migration regenerating that column too. Only PostgreSQL's built-in
 * configurations are accepted, so a typo fails at start-up rather than on every search.
 * @param maxQueryLength longer queries are shortened to this many characters (and the
 * reader told so)
 * @param maxPages how deep readers may page through results (20 a page): a search ranks
 * the newest {@code maxPages × 20} matches (default 25 pages, 500 matches), which keeps
 * it fast when a word is in most of a million stories (docs/database.md)
 */
@ConfigurationProperties("newsdesk.search")
public record SearchProperties(@DefaultValue("english") String language, @DefaultValue("200") int maxQueryLength,
		@DefaultValue("25") int maxPages) {

	/** PostgreSQL's built-in text-search configurations (pg_ts_config). */
	static final Set<String> LANGUAGES = Set.of("simple", "arabic", "armenian", "basque", "catalan", "danish", "dutch",
			"english", "finnish", "french", "german", "greek", "hindi", "hungarian", "indonesian", "irish", "italian",
			"lithuanian", "nepali", "norwegian", "portuguese", "romanian", "russian", "serbian", "spanish", "swedish",
			"tamil", "turkish", "yiddish");

	public SearchProperties {
		if (!LANGUAGES.contains(language)) {
			throw new IllegalArgumentException("newsdesk.search.language must be one of PostgreSQL's text-search "
					+ "configurations " + LANGUAGES + ", not '" + language + "'");
		}
		if (maxQueryLength < 1 || maxPages < 1) {
			throw new IllegalArgumentException("newsdesk.search.max-query-length and max-pages must be positive");
		}
	}

}
