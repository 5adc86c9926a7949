package io.newsdesk.frontpage;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FrontPageSlotRepository extends JpaRepository<FrontPageSlot, FrontPageSlot.Kind> {

	/** When the next pin or banner runs out, for the page cache. */
	@Query("select min(s.until) from FrontPageSlot s where s.until > :now")
	Optional<Instant> findNextExpiryAfter(Instant now);

}
