package io.newsdesk.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	/**
	 * Starts at the real time so rows written with now() by the database still make
	 * sense.
	 */
	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Instant.now());
	}

}
