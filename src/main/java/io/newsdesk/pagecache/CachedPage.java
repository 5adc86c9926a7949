package io.newsdesk.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered page as it is sent: the bytes, a gzipped copy made once when stored (so a
 * hit costs no compression), and the validators. Each representation has its own strong
 * ETag, a hash of the page, as HTTP requires when the bytes differ.
 *
 * @param generation the {@link PageCache} generation it was rendered in; a page rendered
 * before an invalidation is never served after it
 */
record CachedPage(byte[] body, byte[] gzipped, String etag, String gzipEtag, String contentType, String contentLanguage,
		Instant lastModified, long generation) {

	static CachedPage of(byte[] body, String contentType, String contentLanguage, Instant renderedAt, long generation) {
		String hash = HexFormat.of().formatHex(sha256(body), 0, 16);
		return new CachedPage(body, gzip(body), "\"" + hash + "\"", "\"" + hash + "-gz\"", contentType, contentLanguage,
				renderedAt.truncatedTo(ChronoUnit.SECONDS), generation);
	}

	/** Roughly what it costs the heap, for the cache's byte bound. */
	int weight() {
		return this.body.length + this.gzipped.length + 256;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
