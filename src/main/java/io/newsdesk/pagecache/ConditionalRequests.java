package io.newsdesk.pagecache;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The request side of HTTP caching (RFC 9110): is the client's copy still good, and can
 * it take gzip. Anything it cannot parse counts as "no", so a garbage validator gets the
 * full page rather than an error.
 */
public final class ConditionalRequests {

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

	/**
	 * The coding to send: {@code "br"} or {@code "gzip"}, whichever Accept-Encoding rates
	 * higher (a named coding over {@code *}, Brotli on a tie, q=0 refuses), or
	 * {@code null} for the plain page.
	 */
	public static String preferredEncoding(HttpServletRequest request, boolean brotliAvailable) {
		String header = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (header == null) {
			return null;
		}
		double br = -1;
		double gzip = -1;
		double any = -1;
		for (String part : header.split(",")) {
			String[] pieces = part.split(";");
			String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
			double q = quality(pieces);
			switch (coding) {
				case "br" -> br = q;
				case "gzip", "x-gzip" -> gzip = q;
				case "*" -> any = q;
				default -> {
				}
			}
		}
		br = (br < 0) ? any : br;
		gzip = (gzip < 0) ? any : gzip;
		if (brotliAvailable && br > 0 && br >= gzip) {
			return "br";
		}
		return (gzip > 0) ? "gzip" : null;
	}

	/** Its q-value, 1 when absent, 0 (refused) when unreadable. */
	private static double quality(String[] pieces) {
		for (int i = 1; i < pieces.length; i++) {
			String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					double q = Double.parseDouble(parameter.substring(2));
					return (q >= 0 && q <= 1) ? q : 0;
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
