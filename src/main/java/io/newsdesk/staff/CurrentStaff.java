package io.newsdesk.staff;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is logged in, for server-side permission checks and for recording who did what.
 * Reads the account on every call rather than trusting the session's copy: a writer
 * promoted or an account disabled a minute ago is treated as it is now.
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
