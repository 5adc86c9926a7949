package io.newsdesk.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The new-account form. The role arrives as text and is checked by the controller, so a
 * tampered value gets a message rather than a binding error.
 */
public class StaffForm {

	@NotBlank(message = "Enter a username.")
	@Size(min = 3, max = 60, message = "Use 3 to 60 characters.")
	@Pattern(regexp = "[A-Za-z0-9._-]*",
			message = "Use only letters a–z, digits, dots, hyphens and underscores (no spaces).")
	private String username = "";

	@NotBlank(message = "Enter the name shown in the admin, e.g. Jane Smith.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String displayName = "";

	private String role = StaffRole.WRITER.name();

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.strip() : "";
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName != null) ? displayName.strip() : "";
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

}
