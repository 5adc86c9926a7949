package io.newsdesk.staff;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	@Query("select s from StaffUser s where lower(s.username) = lower(:username)")
	Optional<StaffUser> findByUsernameIgnoringCase(String username);

	/**
	 * The active admins, locked until the transaction ends: two admins disabling each
	 * other at the same moment must not leave the site with none.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from StaffUser s where s.role = io.newsdesk.staff.StaffRole.ADMIN and s.enabled = true "
			+ "order by s.id")
	List<StaffUser> lockActiveAdmins();

	@Query("select s from StaffUser s order by s.enabled desc, lower(s.username)")
	List<StaffUser> findAllForList();

}
