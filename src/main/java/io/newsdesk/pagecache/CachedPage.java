package io.newsdesk.pagecache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * One rendered page as it is sent: the bytes, gzip and Brotli copies made once when
 * stored (so a hit costs no compression; Brotli only where its native library loads), the
 * validators, and what it shows. Each representation has its own strong ETag, a hash of
 * the page, as HTTP requires when the bytes differ.
 *
 * @param stamp when its rendering began, in the cache's terms ({@code null} if never
 * stored); a page rendered before an invalidation that touches it is never served after
 * it
 * @param labels what it shows and draws from (see {@link PageCache})
 * @param listings the lists it is one page of: when it drops, their other pages drop too
 * @param headers the other headers the normal path sent with it (Spring Security's and
 * the like), replayed on hits served before Spring Security
 */
record CachedPage(byte[] body, byte[] gzipped, byte[] brotli, String etag, String gzipEtag, String brotliEtag,
		String contentType, String contentLanguage, Instant lastModified, PageCache.Stamp stamp, Set<String> labels,
		Set<String> listings, List<Header> headers) {

	record Header(String name, String value) {
	}

	/**
	 * @param kept whether the page will be stored: Brotli only then, as compressing every
	 * render would cost more than it saves
	 */
	static CachedPage of(byte[] body, String contentType, String contentLanguage, Instant renderedAt,
			PageCache.Stamp stamp, Set<String> labels, Set<String> listings, boolean kept) {
		String hash = HexFormat.of().formatHex(sha256(body), 0, 16);
		byte[] brotli = kept ? Brotli.compress(body) : null;
		return new CachedPage(body, Gzip.compress(body), brotli, "\"" + hash + "\"", "\"" + hash + "-gz\"",
				(brotli != null) ? "\"" + hash + "-br\"" : null, contentType, contentLanguage,
				renderedAt.truncatedTo(ChronoUnit.SECONDS), stamp, Set.copyOf(labels), Set.copyOf(listings), List.of());
	}

	CachedPage withHeaders(List<Header> headers) {
		return new CachedPage(this.body, this.gzipped, this.brotli, this.etag, this.gzipEtag, this.brotliEtag,
				this.contentType, this.contentLanguage, this.lastModified, this.stamp, this.labels, this.listings,
				List.copyOf(headers));
	}

	/** Roughly what it costs the heap, for the cache's byte bound. */
	int weight() {
		int labelBytes = (this.labels.size() + this.listings.size()) * 48;
		int headerBytes = this.headers.size() * 96;
		return this.body.length + this.gzipped.length + ((this.brotli != null) ? this.brotli.length : 0) + labelBytes
				+ headerBytes + 256;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
