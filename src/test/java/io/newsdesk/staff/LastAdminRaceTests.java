package io.newsdesk.staff;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admins, the only active ones, disable each other at the same moment: one of them
 * must be refused, or the site would be left with no admin at all.
 */
@NewsdeskTest
class LastAdminRaceTests {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@BeforeEach
	void twoAdminsOnly() {
		this.data.reset();
		StaffLogin.account(this.jdbc, this.encoder, "race.one", "ADMIN");
		StaffLogin.account(this.jdbc, this.encoder, "race.two", "ADMIN");
		this.jdbc.update("update staff_user set enabled = false where role = 'ADMIN' and username not like 'race.%'");
	}

	@AfterEach
	void restoreTheTestAdmin() {
		this.jdbc.update("update staff_user set enabled = true, role = 'ADMIN' where username = 'admin'");
	}

	@RepeatedTest(3)
	void adminsDisablingEachOtherAtOnceLeaveOneActiveAdmin() throws Exception {
		long one = id("race.one");
		long two = id("race.two");
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = threads
				.invokeAll(List.of(as("race.one", start, () -> this.accounts.disable(two)),
						as("race.two", start, () -> this.accounts.disable(one))), 30, TimeUnit.SECONDS);
			List<String> outcomes = results.stream().map(LastAdminRaceTests::outcome).toList();

			assertThat(outcomes).containsOnlyOnce("disabled");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from staff_user where role = 'ADMIN' and enabled and username like 'race.%'",
					Integer.class))
				.isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Callable<String> as(String username, CyclicBarrier start, Runnable change) {
		return () -> {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
						AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
			try {
				start.await();
				change.run();
				return "disabled";
			}
			catch (StaffChangeRefusedException | org.springframework.security.access.AccessDeniedException ex) {
				return "refused";
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		};
	}

	private static String outcome(Future<String> result) {
		try {
			return result.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private long id(String username) {
		return this.jdbc.queryForObject("select id from staff_user where username = ?", Long.class, username);
	}

}
