package io.newsdesk.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security's form login check staff accounts stored in PostgreSQL. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository staff;

	StaffUserDetailsService(StaffUserRepository staff) {
		this.staff = staff;
	}

	@Override
	@Transactional(readOnly = true)
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
