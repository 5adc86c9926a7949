package io.newsdesk.article.workflow;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Newsroom workflow settings.
 *
 * @param deletedRetention how long a deleted article stays restorable before the purge
 * job removes it for good ({@code NEWSDESK_DELETED_RETENTION}, e.g. {@code 30d})
 * @param purgeInterval how often the purge job looks for expired deletions
 */
@ConfigurationProperties("newsdesk.workflow")
public record WorkflowProperties(@DefaultValue("30d") Duration deletedRetention,
		@DefaultValue("1h") Duration purgeInterval) {

}
