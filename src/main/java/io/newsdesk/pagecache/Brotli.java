package io.newsdesk.pagecache;

import java.io.IOException;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brotli for cached pages, through brotli4j's native library (packaged in the jar for the
 * OS and CPU it was built on). Where the library cannot load (another platform, a JVM
 * that refuses native code) {@link #isAvailable()} is false and readers get gzip instead.
 */
final class Brotli {

	private static final Logger log = LoggerFactory.getLogger(Brotli.class);

	/**
	 * Quality 9 of 11: within a few per cent of the smallest output at a fraction of the
	 * time, which matters as pages are compressed on the miss that renders them.
	 */
	private static final int QUALITY = 9;

	private static final boolean AVAILABLE = load();

	private Brotli() {
	}

	static boolean isAvailable() {
		return AVAILABLE;
	}

	/** The compressed bytes, or {@code null} when Brotli is not available here. */
	static byte[] compress(byte[] bytes) {
		if (!AVAILABLE) {
			return null;
		}
		try {
			return Encoder.compress(bytes, new Encoder.Parameters().setQuality(QUALITY).setMode(Encoder.Mode.TEXT));
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Brotli failed for one page, serving gzip: {}", ex.toString());
			return null;
		}
	}

	private static boolean load() {
		try {
			Brotli4jLoader.ensureAvailability();
			return true;
		}
		catch (Throwable ex) {
			// UnsatisfiedLinkError, NoClassDefFoundError, a SecurityException: any of
			// them means gzip only.
			log.info("Brotli unavailable on this platform, public pages are served with gzip only: {}", ex.toString());
			return false;
		}
	}

}
