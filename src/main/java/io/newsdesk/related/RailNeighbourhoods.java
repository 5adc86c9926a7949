package io.newsdesk.related;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the tags and sections of changed articles for {@link RelatedRailCache}, in one
 * statement and a read-only transaction of its own: it runs in after-commit callbacks,
 * where the finished transaction must not be joined.
 */
@Component
class RailNeighbourhoods {

	private static final String SQL = "select 's' as kind, section_id as id from article where id in (:ids)"
			+ " union all select 't', tag_id from article_tag where article_id in (:ids)";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	RailNeighbourhoods(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly.setReadOnly(true);
	}

	RelatedRailCache.Neighbourhood of(Set<Long> articleIds) {
		Set<Long> tags = new HashSet<>();
		Set<Long> sections = new HashSet<>();
		this.readOnly.executeWithoutResult(
				(status) -> this.jdbc.query(SQL, java.util.Map.of("ids", List.copyOf(articleIds)), (row) -> {
					("s".equals(row.getString("kind")) ? sections : tags).add(row.getLong("id"));
				}));
		return new RelatedRailCache.Neighbourhood(Set.copyOf(tags), Set.copyOf(sections));
	}

}
