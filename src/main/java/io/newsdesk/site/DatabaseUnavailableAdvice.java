package io.newsdesk.site;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When the database cannot be reached (restarting, or every pooled connection busy under
 * a spike), readers get the site's "try again in a moment" page as a 503 with
 * Retry-After, not a 500: crawlers and CDNs treat a 503 as temporary and keep the page
 * they have. Nothing was half-done, since the transaction never started or rolled back.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	static final String RETRY_AFTER_SECONDS = "10";

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessException.class })
	void databaseUnavailable(Exception ex, HttpServletResponse response) throws IOException {
		// One line, no stack trace: during an outage every request lands here.
		log.warn("Database unavailable, answered 503: {}", ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
