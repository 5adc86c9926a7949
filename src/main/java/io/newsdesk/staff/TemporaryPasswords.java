package io.newsdesk.staff;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Passwords an admin reads out or types into a message once: four groups of four
 * characters from an alphabet without look-alikes (no 0/o, 1/l/i), about 79 bits of
 * randomness, e.g. {@code k7mq-x3pf-9wzt-h2rd}.
 */
@Component
class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final SecureRandom random = new SecureRandom();

	String generate() {
		StringBuilder password = new StringBuilder(19);
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
