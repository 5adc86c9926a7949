package io.newsdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the London Daily model page into an empty database
 * ({@code NEWSDESK_DEMO_CONTENT})
 */
@ConfigurationProperties("newsdesk.demo")
public record DemoContentProperties(@DefaultValue("true") boolean enabled) {
}
