package io.newsdesk.author;

import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.media.MediaDetailsChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An author's portrait is a library image: when its alt text changes, the author page
 * shows the new text. Author pages are not articles, so the change is site-wide for the
 * caches, as every author profile change is (AuthorProfiles).
 */
@Component
class AuthorPhotoChanges {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	AuthorPhotoChanges(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@EventListener
	void onMediaDetailsChanged(MediaDetailsChanged change) {
		Boolean portrait = this.jdbc.queryForObject(
				"select exists (select 1 from author_profile where photo_media_id = ?)", Boolean.class,
				change.mediaId());
		if (Boolean.TRUE.equals(portrait)) {
			this.events.publishEvent(PublicContentChanged.siteWide());
		}
	}

}
