package io.newsdesk.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The formats the library accepts, recognised by their first bytes ("magic numbers"). The
 * file name and the browser's declared type are never consulted: both are whatever the
 * sender says.
 */
enum ImageFormat {

	JPEG("jpeg"), PNG("png"), GIF("gif"), WEBP("webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	/**
	 * Markup that makes a browser, or a careless proxy sniffing content, treat a file as
	 * a page. A real photo has no reason to carry any of it; finding one means a
	 * polyglot.
	 */
	private static final String[] MARKUP = { "<script", "<html", "<svg", "<!doctype", "<body", "<iframe" };

	private final String imageIoName;

	ImageFormat(String imageIoName) {
		this.imageIoName = imageIoName;
	}

	String imageIoName() {
		return this.imageIoName;
	}

	/** The format the bytes start with, or {@code null} for none of ours. */
	static ImageFormat sniff(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return JPEG;
		}
		if (startsWith(bytes, PNG_SIGNATURE)) {
			return PNG;
		}
		if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) {
			return GIF;
		}
		if (bytes.length >= 12 && startsWith(bytes, ascii("RIFF"))
				&& Arrays.equals(bytes, 8, 12, ascii("WEBP"), 0, 4)) {
			return WEBP;
		}
		return null;
	}

	/**
	 * Whether the bytes look like markup (SVG, HTML, XML) rather than an image at all,
	 * for a message that says what was sent.
	 */
	static boolean looksLikeMarkup(byte[] bytes) {
		String head = latin1(bytes, 0, Math.min(bytes.length, 1024)).strip().toLowerCase(Locale.ROOT);
		if (head.startsWith("\ufeff")) {
			head = head.substring(1);
		}
		return head.startsWith("<");
	}

	/**
	 * Whether HTML, SVG or script appears anywhere in the file: an image header followed
	 * by a page (a polyglot) is valid enough for some decoders and for a browser that
	 * sniffs. Seven specific bytes occur by chance in compressed data about once in 10^16
	 * bytes, so real photos do not trip it.
	 */
	static boolean containsMarkup(byte[] bytes) {
		String text = latin1(bytes, 0, bytes.length).toLowerCase(Locale.ROOT);
		for (String marker : MARKUP) {
			if (text.contains(marker)) {
				return true;
			}
		}
		return false;
	}

	private static String latin1(byte[] bytes, int from, int to) {
		return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
