package io.newsdesk.media;

import java.util.regex.Pattern;

/**
 * Rendition file names: {@code <20 hex digits of the bytes' SHA-256>-<width>.<jpg|png>}.
 * Anything else is not a media file, whatever store is asked.
 */
final class MediaNames {

	private static final Pattern NAME = Pattern.compile("[0-9a-f]{20}-[1-9][0-9]{0,4}\\.(jpg|png)");

	private MediaNames() {
	}

	static boolean isValid(String name) {
		return name != null && NAME.matcher(name).matches();
	}

	static String contentTypeOf(String name) {
		return name.endsWith(".png") ? "image/png" : "image/jpeg";
	}

	static String url(String name) {
		return "/media/" + name;
	}

}
