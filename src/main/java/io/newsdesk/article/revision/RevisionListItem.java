package io.newsdesk.article.revision;

import java.time.Instant;
import java.util.List;

/**
 * A row of the history list, read without the texts so a long history stays cheap.
 */
record RevisionListItem(int number, Instant savedAt, String savedByName, String savedByUsername, String status,
		Instant publishAt, List<String> changedFields) {

}
