package io.newsdesk.staff;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Someone who logs in to the admin. */
@Entity
public class StaffUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private StaffRole role;

	private boolean enabled = true;

	private Instant createdAt;

	private boolean mustChangePassword;

	private Instant lastLoginAt;

	protected StaffUser() {
	}

	public StaffUser(String username, String displayName, String passwordHash, StaffRole role, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** True while the account still has a temporary password an admin handed out. */
	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	/**
	 * A password only an admin has seen: its owner must replace it before doing anything
	 * else.
	 */
	public void setTemporaryPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
	}

	/** A password the owner chose. */
	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	public void changeRole(StaffRole role) {
		this.role = role;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public void loggedInAt(Instant at) {
		this.lastLoginAt = at;
	}

}
