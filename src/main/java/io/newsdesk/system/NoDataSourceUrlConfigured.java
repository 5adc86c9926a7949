package io.newsdesk.system;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the operator has not pointed Newsdesk at a database of their own
 * ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL} unset).
 */
class NoDataSourceUrlConfigured extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String url = context.getEnvironment().getProperty("spring.datasource.url");
		if (StringUtils.hasText(url)) {
			return ConditionOutcome.noMatch("spring.datasource.url is set: using that PostgreSQL");
		}
		return ConditionOutcome.match("no spring.datasource.url: starting the embedded PostgreSQL");
	}

}
