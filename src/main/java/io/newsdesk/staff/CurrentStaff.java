package io.newsdesk.staff;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is logged in, for server-side permission checks and for recording who did what.
 * Never trusts the session's copy: within a request it uses the account
 * StaffSessionFilter read from the database at the start of that request, elsewhere it
 * reads the account itself, so a writer promoted or an account disabled a minute ago is
 * treated as it is now.
 */
@Component
public class CurrentStaff {

	private final StaffUserRepository staff;

	CurrentStaff(StaffUserRepository staff) {
		this.staff = staff;
	}

	@Transactional(readOnly = true)
	public Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		// StaffSessionFilter already read the account for this request: reuse it rather
		// than
		// asking the database again for every permission check and audit entry.
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest()
					.getAttribute(StaffSessionFilter.ACCOUNT_ATTRIBUTE) instanceof SessionAccount account
				&& account.username().equalsIgnoreCase(authentication.getName())) {
			return account.enabled()
					? Optional.of(new Actor(account.id(), account.username(), account.displayName(), account.role()))
					: Optional.empty();
		}
		return this.staff.findByUsernameIgnoringCase(authentication.getName())
			.filter(StaffUser::isEnabled)
			.map((user) -> new Actor(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole()));
	}

	/**
	 * @throws AccessDeniedException (403) when nobody, or a disabled account, is logged
	 * in
	 */
	public Actor require() {
		return find().orElseThrow(() -> new AccessDeniedException("No active staff account"));
	}

}
