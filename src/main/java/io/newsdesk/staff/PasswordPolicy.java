package io.newsdesk.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be, each refusal explained in words the person can act on.
 * Length is what makes a password hard to guess (NIST SP 800-63B), so there are no "one
 * digit, one symbol" rules; instead the obvious choices are refused: too short, the
 * username, a well-known password ({@code staff/common-passwords.txt}), or hardly any
 * different characters.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** bcrypt reads at most 72 bytes; anything longer would be silently cut. */
	public static final int MAX_BYTES = 72;

	private static final int MIN_DISTINCT = 5;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("staff/common-passwords.txt");
	}

	/** Problems with {@code password} for {@code username}; empty when it is fine. */
	public List<String> problems(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add("Enter a new password.");
			return problems;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add("Use at least " + MIN_LENGTH + " characters (this one has " + length
					+ "). A few unrelated words make a long password that is easy to remember.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add("Use at most " + MAX_BYTES + " characters (fewer if it has accented letters or symbols).");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("Do not use your username in your password.");
		}
		if (this.common.contains(lower) || this.common.contains(core(lower))) {
			problems.add("That is one of the commonly used passwords attackers try first. Choose something "
					+ "less predictable.");
		}
		else if (password.codePoints().distinct().count() < MIN_DISTINCT) {
			problems.add("Use at least " + MIN_DISTINCT + " different characters: repeated characters are easy "
					+ "to guess.");
		}
		return problems;
	}

	/**
	 * The word inside "Password2024!": digits, spaces and symbols stripped from both
	 * ends.
	 */
	private static String core(String lower) {
		int start = 0;
		int end = lower.length();
		while (start < end && !Character.isLetter(lower.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
			end--;
		}
		return lower.substring(start, end);
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		return Set.copyOf(words);
	}

}
