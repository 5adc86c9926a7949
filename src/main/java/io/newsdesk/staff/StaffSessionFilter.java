package io.newsdesk.staff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a logged-in session in step with the account as it is now in the database, on
 * every request:
 * <ul>
 * <li>a disabled (or vanished) account is logged out at once and sent to the login
 * page;</li>
 * <li>a changed role replaces the session's role, so SecurityConfiguration's URL rules
 * apply the new one from this request on;</li>
 * <li>an account with a temporary password can reach no admin page but the
 * change-password page;</li>
 * <li>a session logged in before the account's password changed (by its owner elsewhere,
 * or reset by an admin) is logged out: a changed password must lock out whoever knew the
 * old one. The session remembers a fingerprint of the password hash from its first
 * request after login; logging in and changing one's own password start it afresh, so
 * only the other sessions end.</li>
 * </ul>
 * Sits in the security filter chain before the anonymous filter (SecurityConfiguration),
 * so a session it ends continues as an anonymous visitor. Not a bean, so Boot does not
 * also register it as a servlet filter of its own.
 */
public class StaffSessionFilter extends OncePerRequestFilter {

	/** The request attribute holding this request's {@link SessionAccount}. */
	public static final String ACCOUNT_ATTRIBUTE = SessionAccount.class.getName();

	static final String CHANGE_PASSWORD_PATH = "/admin/password";

	/** Session attribute: the credentials fingerprint the session logged in with. */
	static final String CREDENTIALS_ATTRIBUTE = StaffSessionFilter.class.getName() + ".credentials";

	static final String PASSWORD_CHANGED_URL = "/login?password-changed";

	private static final String ROLE_PREFIX = "ROLE_";

	private final SessionAccounts accounts;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	public StaffSessionFilter(SessionAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<SessionAccount> found = this.accounts.find(authentication.getName());
		if (found.isEmpty() || !found.get().enabled()) {
			endSession(request, response, authentication);
			if (isAdminPath(request)) {
				response.sendRedirect(request.getContextPath() + StaffAuthentication.DISABLED_URL);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		SessionAccount account = found.get();
		if (loggedInWithAnOldPassword(request, account)) {
			endSession(request, response, authentication);
			if (isAdminPath(request)) {
				response.sendRedirect(request.getContextPath() + PASSWORD_CHANGED_URL);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(ACCOUNT_ATTRIBUTE, account);
		refreshRole(request, response, authentication, account.role());
		if (account.mustChangePassword() && isAdminPath(request) && !CHANGE_PASSWORD_PATH.equals(path(request))) {
			response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean loggedInWithAnOldPassword(HttpServletRequest request, SessionAccount account) {
		HttpSession session = request.getSession(false);
		if (session == null || account.credentials() == null) {
			return false;
		}
		Object known = session.getAttribute(CREDENTIALS_ATTRIBUTE);
		if (known == null) {
			session.setAttribute(CREDENTIALS_ATTRIBUTE, account.credentials());
			return false;
		}
		return !known.equals(account.credentials());
	}

	/** A fresh login or one's own password change: the next request records anew. */
	static void forgetCredentials(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(CREDENTIALS_ATTRIBUTE);
		}
	}

	private void endSession(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
		logout.setSecurityContextRepository(this.contexts);
		logout.logout(request, response, authentication);
	}

	/**
	 * Swaps the session's role authority for the account's current one, keeping any other
	 * authorities (Spring Security 7 adds one per login factor).
	 */
	private void refreshRole(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			StaffRole role) {
		String wanted = ROLE_PREFIX + role.name();
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.collect(Collectors.toSet());
		if (roles.equals(Set.of(wanted))) {
			return;
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		authentication.getAuthorities()
			.stream()
			.filter((authority) -> authority.getAuthority() == null
					|| !authority.getAuthority().startsWith(ROLE_PREFIX))
			.forEach(authorities::add);
		authorities.add(new SimpleGrantedAuthority(wanted));
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken
			.authenticated(authentication.getPrincipal(), null, authorities);
		refreshed.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(refreshed);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			this.contexts.saveContext(context, request, response);
		}
	}

	private static boolean isAdminPath(HttpServletRequest request) {
		String path = path(request);
		return path.equals("/admin") || path.startsWith("/admin/");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
