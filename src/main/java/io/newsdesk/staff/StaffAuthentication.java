package io.newsdesk.staff;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * How form login checks a staff account. Two differences from Spring's defaults:
 * <ul>
 * <li>"This account is disabled" is said only to someone who typed the right password;
 * Spring checks the disabled flag first, which would tell anyone guessing usernames which
 * accounts exist.</li>
 * <li>A password longer than bcrypt can read is refused as a wrong password instead of
 * failing with an error page.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class StaffAuthentication {

	/** Where a refused login lands; login.html explains each. */
	static final String WRONG_PASSWORD_URL = "/login?error";

	static final String DISABLED_URL = "/login?disabled";

	@Bean
	DaoAuthenticationProvider staffAuthenticationProvider(StaffUserRepository staff, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new StaffUserDetailsService(staff)) {

			@Override
			protected void additionalAuthenticationChecks(UserDetails user,
					UsernamePasswordAuthenticationToken authentication) {
				Object credentials = authentication.getCredentials();
				if (credentials != null && credentials.toString().getBytes(StandardCharsets.UTF_8).length > 72) {
					throw new BadCredentialsException("Password longer than any staff password");
				}
				super.additionalAuthenticationChecks(user, authentication);
			}

		};
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks((user) -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Account disabled");
			}
		});
		return provider;
	}

	/** For SecurityConfiguration's form login. */
	public static AuthenticationFailureHandler loginFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(DisabledException.class.getName(), DISABLED_URL));
		handler.setDefaultFailureUrl(WRONG_PASSWORD_URL);
		return handler;
	}

}
