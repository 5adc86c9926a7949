package io.newsdesk.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure a new site can be logged in to: when there is no staff account at all it
 * creates the admin, with a generated password printed once if none was configured.
 */
@Component
@Order(1)
class FirstAdminAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffUserRepository staff;

	private final PasswordEncoder passwordEncoder;

	private final AdminAccountProperties properties;

	private final Clock clock;

	FirstAdminAccount(StaffUserRepository staff, PasswordEncoder passwordEncoder, AdminAccountProperties properties,
			Clock clock) {
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.staff.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.properties.password());
		String password = generated ? generatePassword() : this.properties.password();
		this.staff.save(new StaffUser(this.properties.username(), "Administrator",
				this.passwordEncoder.encode(password), StaffRole.ADMIN, this.clock.instant()));
		if (generated) {
			// The one place a secret is ever logged: without it nobody could log in.
			log.warn("""

					==============================================================
					 Created the first admin account (shown only this once):
					   Username: {}
					   Password: {}
					 Set NEWSDESK_ADMIN_PASSWORD to choose it yourself.
					==============================================================""", this.properties.username(),
					password);
		}
		else {
			log.info("Created the first admin account '{}' with the configured password", this.properties.username());
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
