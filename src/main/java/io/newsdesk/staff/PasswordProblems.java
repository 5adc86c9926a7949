package io.newsdesk.staff;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a password change, per field of the form; empty when it worked. */
public record PasswordProblems(List<String> current, List<String> newPassword, List<String> confirmation) {

	PasswordProblems() {
		this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
	}

	public boolean isEmpty() {
		return this.current.isEmpty() && this.newPassword.isEmpty() && this.confirmation.isEmpty();
	}

}
