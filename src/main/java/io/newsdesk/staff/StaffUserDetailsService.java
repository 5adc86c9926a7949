package io.newsdesk.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Lets Spring Security's form login check staff accounts stored in PostgreSQL. Used only
 * by StaffAuthentication's provider, and deliberately not a bean: Spring Security would
 * otherwise warn that a UserDetailsService bean sits unused beside that provider.
 */
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository staff;

	StaffUserDetailsService(StaffUserRepository staff) {
		this.staff = staff;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffUser user = this.staff.findByUsernameIgnoringCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No staff account"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.build();
	}

}
