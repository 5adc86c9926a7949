package io.newsdesk.pagecache;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The request side of HTTP caching (RFC 9110): is the client's copy still good, and can
 * it take gzip. Anything it cannot parse counts as "no", so a garbage validator gets the
 * full page rather than an error.
 */
final class ConditionalRequests {

	private ConditionalRequests() {
	}

	/**
	 * If-None-Match wins when present (weak comparison, as the RFC says for it);
	 * otherwise If-Modified-Since, to the second.
	 */
	static boolean isNotModified(HttpServletRequest request, String etag, Instant lastModified) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.strip();
				if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
					return true;
				}
			}
			return false;
		}
		long ifModifiedSince;
		try {
			ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return ifModifiedSince != -1 && lastModified.toEpochMilli() <= ifModifiedSince;
	}

	/** Whether Accept-Encoding allows gzip (a q=0 refuses it). */
	static boolean acceptsGzip(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (header == null) {
			return false;
		}
		for (String part : header.split(",")) {
			String[] pieces = part.split(";");
			String coding = pieces[0].strip();
			if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
				return !refused(pieces);
			}
		}
		return false;
	}

	private static boolean refused(String[] pieces) {
		for (int i = 1; i < pieces.length; i++) {
			String parameter = pieces[i].strip().toLowerCase();
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2)) <= 0;
				}
				catch (NumberFormatException ex) {
					return true;
				}
			}
		}
		return false;
	}

}
