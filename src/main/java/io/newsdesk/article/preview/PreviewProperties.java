package io.newsdesk.article.preview;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Shareable preview links.
 *
 * @param linkLifetime how long a preview link works after an editor creates it
 * ({@code NEWSDESK_PREVIEW_LINK_LIFETIME}, e.g. {@code 48h}, {@code 7d}); an editor can
 * revoke one sooner
 */
@ConfigurationProperties("newsdesk.preview")
public record PreviewProperties(@DefaultValue("48h") Duration linkLifetime) {

}
