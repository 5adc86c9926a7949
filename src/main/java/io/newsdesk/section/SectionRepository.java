package io.newsdesk.section;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SectionRepository extends JpaRepository<Section, Long> {

	List<Section> findAllByOrderByPositionAscNameAsc();

	Optional<Section> findBySlug(String slug);

}
