package io.newsdesk.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin account, created when no staff account exists yet.
 *
 * @param username {@code NEWSDESK_ADMIN_USERNAME}
 * @param password {@code NEWSDESK_ADMIN_PASSWORD}; when empty a strong one is generated
 * and logged once
 */
@ConfigurationProperties("newsdesk.admin")
public record AdminAccountProperties(@DefaultValue("admin") String username, String password) {
}
