package io.newsdesk.site;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When the database cannot be reached (restarting, or every pooled connection busy under
 * a spike), readers get the site's "try again in a moment" page as a 503 with
 * Retry-After, not a 500: crawlers and CDNs treat a 503 as temporary and keep the page
 * they have. Nothing was half-done, since the transaction never started or rolled back.
 * Other database errors are left alone: they are bugs, and stay 500s.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	static final String RETRY_AFTER_SECONDS = "10";

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void databaseFailure(Exception ex, HttpServletResponse response) throws Exception {
		if (!isOutage(ex)) {
			// Rethrowing the exception itself lets Spring carry on as if unhandled.
			throw ex;
		}
		// One line, no stack trace: during an outage every request lands here.
		log.warn("Database unavailable, answered 503: {}", ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/**
	 * No connection could be had, or the one in use died: a connection failure anywhere
	 * in the chain, e.g. under a rollback that failed because the server had gone.
	 */
	static boolean isOutage(Throwable ex) {
		if (ex instanceof CannotCreateTransactionException || ex instanceof DataAccessResourceFailureException
				|| ex instanceof TransientDataAccessResourceException || ex instanceof QueryTimeoutException) {
			return true;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// SQLSTATE class 08 is "connection exception"; 57P01-57P03 are a server
			// shutting down or not yet accepting connections.
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// HikariCP's answer, without an SQLSTATE, for a connection it has already
			// marked broken after a connection error: seen under a failed rollback.
			if (cause instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
