package io.newsdesk.system;

import io.newsdesk.staff.SessionAccounts;
import io.newsdesk.staff.StaffAuthentication;
import io.newsdesk.staff.StaffSessionFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Readers are anonymous; everything under /admin needs a staff login. CSRF protection
 * stays on (Spring's default) for every state-changing request, public or admin.
 * <p>
 * Cache headers: Security's default (no-cache, no-store on every response) would forbid
 * browsers and CDNs to keep the public pages, so it is replaced by a rule that only fills
 * the gap: whatever has not declared itself cacheable gets {@code private, no-store}.
 * Public pages declare themselves in io.newsdesk.pagecache.PageCacheFilter, static files
 * through spring.web.resources.cache.*; admin, login and error pages are left to the
 * rule.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String PRIVATE_NO_STORE = "private, no-store";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionAccounts sessionAccounts) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			// Staff accounts and the audit log: admins only (io.newsdesk.staff,
			// io.newsdesk.audit).
			.requestMatchers("/admin/staff", "/admin/staff/**", "/admin/audit", "/admin/audit/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin", "/admin/**")
			.hasAnyRole("ADMIN", "EDITOR", "WRITER")
			// Shared previews: the token is the permission (io.newsdesk.article.preview).
			.requestMatchers("/preview/**")
			.permitAll()
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/admin", false)
				.failureHandler(StaffAuthentication.loginFailureHandler())
				.permitAll())
			// Disabled accounts, role changes and temporary passwords take effect at the
			// next request, not the next login.
			.addFilterBefore(new StaffSessionFilter(sessionAccounts), AnonymousAuthenticationFilter.class)
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers.cacheControl((cacheControl) -> cacheControl.disable())
				.addHeaderWriter((request, response) -> {
					if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
						response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE_NO_STORE);
					}
				}));
		return http.build();
	}

	/**
	 * Spring's delegating encoder: bcrypt today, upgradeable later without a migration.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
