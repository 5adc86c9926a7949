package io.newsdesk.section;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The list of sections every public page shows in its navigation bar. */
@Service
@Transactional(readOnly = true)
public class SectionNavigation {

	private final SectionRepository sections;

	SectionNavigation(SectionRepository sections) {
		this.sections = sections;
	}

	public List<SectionLink> links() {
		return this.sections.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map((section) -> new SectionLink(section.getSlug(), section.getName()))
			.toList();
	}

}
