package io.newsdesk.staff;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	@Query("select s from StaffUser s where lower(s.username) = lower(:username)")
	Optional<StaffUser> findByUsernameIgnoringCase(String username);

}
