package io.newsdesk.generator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the archive generator, read only when it runs (profile {@code generate}).
 *
 * @param articles how many articles to add ({@code --newsdesk.generator.articles})
 * @param tags size of the tag vocabulary the articles draw from
 * @param seed seed of the generated text and choices: the same seed gives the same
 * archive
 * @param force also run when the database holds articles the generator did not write
 * (real content); off by default to protect a real newsroom
 * @param thenServe keep serving the site after generating (for benchmarks) instead of
 * exiting
 * @param connections how many database connections load articles side by side (each
 * PostgreSQL backend computes its articles' full-text vectors, the slow part); default 2,
 * one per core of a small machine
 */
@ConfigurationProperties("newsdesk.generator")
public record GeneratorProperties(@DefaultValue("100000") int articles, @DefaultValue("5000") int tags,
		@DefaultValue("42") long seed, boolean force, boolean thenServe, @DefaultValue("2") int connections) {

	public GeneratorProperties {
		if (articles < 0) {
			throw new IllegalArgumentException("newsdesk.generator.articles must not be negative");
		}
		if (connections < 1) {
			throw new IllegalArgumentException("newsdesk.generator.connections must be at least 1");
		}
		if (tags < 5) {
			throw new IllegalArgumentException("newsdesk.generator.tags must be at least 5");
		}
	}

}
