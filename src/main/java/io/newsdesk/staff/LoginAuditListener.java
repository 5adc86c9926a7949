package io.newsdesk.staff;

import org.springframework.context.event.EventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Puts logins, refused logins and logouts in the audit trail, from the events Spring
 * Security publishes while it handles the login form. A refused login records the
 * username that was typed and why it was refused, never the password.
 */
@Component
class LoginAuditListener {

	private final StaffAccounts accounts;

	LoginAuditListener(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.loggedIn(event.getAuthentication().getName());
		// A new login starts with the password it just proved (StaffSessionFilter).
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			StaffSessionFilter.forgetCredentials(attributes.getRequest());
		}
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		this.accounts.loginFailed(event.getAuthentication().getName(), reason(event.getException()));
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		this.accounts.loggedOut(event.getAuthentication().getName());
	}

	private static String reason(AuthenticationException exception) {
		if (exception instanceof DisabledException) {
			return "Right password, but the account is disabled.";
		}
		if (exception instanceof BadCredentialsException) {
			return "Wrong password.";
		}
		return "Refused: " + exception.getClass().getSimpleName() + ".";
	}

}
