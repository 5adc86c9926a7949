package io.newsdesk.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for staff accounts: only admins manage them, the site always keeps an active
 * admin, temporary passwords are issued here and never stored in clear or logged. Every
 * change is recorded in the audit trail inside its own transaction. The pages are
 * StaffAdminController (admins) and PasswordController (everyone's own password).
 */
@Service
@Transactional(readOnly = true)
public class StaffAccounts {

	private final StaffUserRepository staff;

	private final CurrentStaff currentStaff;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final TemporaryPasswords temporaryPasswords;

	private final AuditTrail audit;

	private final Clock clock;

	StaffAccounts(StaffUserRepository staff, CurrentStaff currentStaff, PasswordEncoder passwordEncoder,
			PasswordPolicy policy, TemporaryPasswords temporaryPasswords, AuditTrail audit, Clock clock) {
		this.staff = staff;
		this.currentStaff = currentStaff;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.temporaryPasswords = temporaryPasswords;
		this.audit = audit;
		this.clock = clock;
	}

	public List<StaffUser> list() {
		requireAdmin();
		return this.staff.findAllForList();
	}

	public Optional<StaffUser> find(long id) {
		requireAdmin();
		return this.staff.findById(id);
	}

	/**
	 * Creates an account with a temporary password its owner must change at first login;
	 * the password is returned once, for the admin to hand over.
	 */
	@Transactional
	public IssuedPassword create(String username, String displayName, StaffRole role) {
		requireAdmin();
		if (this.staff.findByUsernameIgnoringCase(username).isPresent()) {
			throw new UsernameTakenException();
		}
		String password = this.temporaryPasswords.generate();
		String hash = this.passwordEncoder.encode(password);
		StaffUser user = new StaffUser(username, displayName, hash, role, this.clock.instant());
		user.setTemporaryPassword(hash);
		// Flushed now so a username taken a moment ago by someone else fails here, before
		// the audit entry.
		this.staff.saveAndFlush(user);
		this.audit.record("staff.create", subject(user),
				"Role: " + label(role) + ". Display name: " + displayName + ".");
		return new IssuedPassword(user.getId(), user.getUsername(), password);
	}

	@Transactional
	public void changeRole(long id, StaffRole role) {
		Actor actor = requireAdmin();
		StaffUser user = lockForChange(id);
		StaffRole old = user.getRole();
		if (old == role) {
			return;
		}
		if (old == StaffRole.ADMIN && user.isEnabled()) {
			requireAnotherActiveAdmin(user, "demote");
		}
		if (user.getId().equals(actor.id())) {
			throw new StaffChangeRefusedException("You cannot change your own role. Ask another admin.");
		}
		user.changeRole(role);
		this.audit.record("staff.role-change", subject(user), label(old) + " → " + label(role));
	}

	@Transactional
	public void disable(long id) {
		Actor actor = requireAdmin();
		StaffUser user = lockForChange(id);
		if (!user.isEnabled()) {
			return;
		}
		if (user.getRole() == StaffRole.ADMIN) {
			requireAnotherActiveAdmin(user, "disable");
		}
		if (user.getId().equals(actor.id())) {
			throw new StaffChangeRefusedException("You cannot disable your own account. Ask another admin.");
		}
		user.disable();
		this.audit.record("staff.disable", subject(user), "");
	}

	@Transactional
	public void enable(long id) {
		requireAdmin();
		StaffUser user = this.staff.findById(id).orElseThrow(StaffNotFoundException::new);
		if (user.isEnabled()) {
			return;
		}
		user.enable();
		this.audit.record("staff.enable", subject(user), "");
	}

	/**
	 * For someone who forgot their password: a new temporary one, to be changed at the
	 * next login. Returned once, for the admin to hand over.
	 */
	@Transactional
	public IssuedPassword resetPassword(long id) {
		requireAdmin();
		StaffUser user = this.staff.findById(id).orElseThrow(StaffNotFoundException::new);
		String password = this.temporaryPasswords.generate();
		user.setTemporaryPassword(this.passwordEncoder.encode(password));
		this.audit.record("password.reset-by-admin", subject(user),
				"Temporary password issued; it must be changed " + "at the next login.");
		return new IssuedPassword(user.getId(), user.getUsername(), password);
	}

	/**
	 * Changes the logged-in person's own password. Returns what is wrong, field by field;
	 * nothing changes unless every check passes.
	 */
	@Transactional
	public PasswordProblems changeOwnPassword(String current, String newPassword, String confirmation) {
		Actor actor = this.currentStaff.require();
		StaffUser user = this.staff.findById(actor.id()).orElseThrow(StaffNotFoundException::new);
		PasswordProblems problems = new PasswordProblems();
		if (current == null || current.isEmpty()) {
			problems.current().add("Enter your current password.");
		}
		else if (!this.passwordEncoder.matches(current, user.getPasswordHash())) {
			problems.current().add("That is not your current password.");
		}
		problems.newPassword().addAll(this.policy.problems(newPassword, user.getUsername()));
		if (problems.newPassword().isEmpty() && newPassword.equals(current) && problems.current().isEmpty()) {
			problems.newPassword().add("Choose a password different from your current one.");
		}
		if (newPassword != null && !newPassword.isEmpty() && !newPassword.equals(confirmation)) {
			problems.confirmation().add("The two new passwords do not match. Type the new password again.");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.audit.record("password.change", subject(user), "");
		return problems;
	}

	/** A successful login: remembered on the account and in the audit trail. */
	@Transactional
	public void loggedIn(String username) {
		Optional<StaffUser> user = this.staff.findByUsernameIgnoringCase(username);
		user.ifPresent((found) -> found.loggedInAt(this.clock.instant()));
		this.audit.recordAs(user.map(StaffUser::getUsername).orElse(username), "login.success",
				user.map(StaffAccounts::subject).orElse(AuditSubject.NONE), "");
	}

	/**
	 * A refused login. The attempted username is kept (never the password), linked to the
	 * account when there is one.
	 */
	@Transactional
	public void loginFailed(String attemptedUsername, String reason) {
		Optional<StaffUser> user = (attemptedUsername != null)
				? this.staff.findByUsernameIgnoringCase(attemptedUsername) : Optional.empty();
		String detail = (user.isEmpty() && attemptedUsername != null && !attemptedUsername.isBlank())
				? "No account with this username." : reason;
		this.audit.recordAs(attemptedUsername, "login.failure",
				user.map(StaffAccounts::subject).orElse(AuditSubject.NONE), detail);
	}

	@Transactional
	public void loggedOut(String username) {
		Optional<StaffUser> user = this.staff.findByUsernameIgnoringCase(username);
		this.audit.recordAs(username, "logout", user.map(StaffAccounts::subject).orElse(AuditSubject.NONE), "");
	}

	public static String label(StaffRole role) {
		String name = role.name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private Actor requireAdmin() {
		Actor actor = this.currentStaff.require();
		if (!actor.is(StaffRole.ADMIN)) {
			throw new AccessDeniedException("Only admins manage staff accounts");
		}
		return actor;
	}

	/**
	 * Locks the active admins before reading the account, so the "another admin remains"
	 * check sees what concurrent changes committed.
	 */
	private StaffUser lockForChange(long id) {
		this.staff.lockActiveAdmins();
		return this.staff.findById(id).orElseThrow(StaffNotFoundException::new);
	}

	private void requireAnotherActiveAdmin(StaffUser user, String verb) {
		boolean another = this.staff.lockActiveAdmins()
			.stream()
			.anyMatch((admin) -> !admin.getId().equals(user.getId()));
		if (!another) {
			throw new StaffChangeRefusedException("You cannot " + verb + " " + user.getUsername()
					+ ": it is the last active admin account, and the site needs one. Make another account an "
					+ "admin first.");
		}
	}

	private static AuditSubject subject(StaffUser user) {
		return AuditSubject.staff(user.getId(), user.getUsername());
	}

	/** A temporary password, to be shown once to the admin who asked for it. */
	public record IssuedPassword(long id, String username, String password) {

	}

}
