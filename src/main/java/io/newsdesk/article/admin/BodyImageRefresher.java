package io.newsdesk.article.admin;

import java.util.LinkedHashSet;
import java.util.Set;

import io.newsdesk.article.BodyRenderer;
import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.media.MediaDetailsChanged;
import io.newsdesk.media.MediaReferences;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Bodies are rendered when saved, images placed in them included (figure, alt text,
 * caption, credit). When a library image's text changes, this renders again, in the same
 * transaction and the same way ArticleEditor does, every body that places it, and tells
 * the caches which articles now look different (those featuring the image too: their
 * pages read it live, but cached copies hold the old text). The articles' versions,
 * update times and revisions are untouched: the story did not change, only a picture's
 * words.
 */
@Component
class BodyImageRefresher {

	private final ArticleBodyMedia bodyMedia;

	private final BodyRenderer bodyRenderer;

	private final MediaReferences mediaReferences;

	private final ApplicationEventPublisher events;

	BodyImageRefresher(ArticleBodyMedia bodyMedia, BodyRenderer bodyRenderer, MediaReferences mediaReferences,
			ApplicationEventPublisher events) {
		this.bodyMedia = bodyMedia;
		this.bodyRenderer = bodyRenderer;
		this.mediaReferences = mediaReferences;
		this.events = events;
	}

	@EventListener
	void onMediaDetailsChanged(MediaDetailsChanged change) {
		Set<Long> changed = new LinkedHashSet<>();
		for (ArticleBodyMedia.BodySource body : this.bodyMedia.placing(change.mediaId())) {
			this.bodyMedia.storeRenderedBody(body.articleId(),
					this.mediaReferences.expand(this.bodyRenderer.toSafeHtml(body.markdown())));
			changed.add(body.articleId());
		}
		changed.addAll(this.bodyMedia.featuring(change.mediaId()));
		if (!changed.isEmpty()) {
			this.events.publishEvent(new PublicContentChanged(changed));
		}
	}

}
