package io.newsdesk.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.springframework.boot.test.context.TestComponent;

/** Counts the SQL statements Hibernate prepares, to keep pages free of N+1 queries. */
@TestComponent
public class SqlStatementCounter {

	private final Statistics statistics;

	SqlStatementCounter(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	public void reset() {
		this.statistics.clear();
	}

	public long count() {
		return this.statistics.getPrepareStatementCount();
	}

}
