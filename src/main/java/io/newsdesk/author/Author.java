package io.newsdesk.author;

import io.newsdesk.staff.StaffRole;

/**
 * An author as pages and lists show them: account and profile read together in one query.
 */
public record Author(Long id, String username, String displayName, StaffRole role, boolean enabled, String slug,
		String bio, Long photoMediaId) {

	public String url() {
		return "/authors/" + this.slug;
	}

}
