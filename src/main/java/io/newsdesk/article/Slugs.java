package io.newsdesk.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable URL parts made from headlines and tag names. */
public final class Slugs {

	public static final int MAX_LENGTH = 80;

	/** What an editor may type as a slug. */
	public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018]");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/**
	 * "Beijing says US 'too negative' toward China" becomes
	 * "beijing-says-us-too-negative-toward-china"; accents are dropped, apostrophes
	 * vanish ("Biden's" is "bidens"), and long ones are cut at a word boundary.
	 */
	public static String of(String text) {
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String slug = NON_ALPHANUMERIC.matcher(APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(""))
			.replaceAll("-");
		slug = trimDashes(slug);
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = trimDashes(slug.substring(0, (cut > 0) ? cut : MAX_LENGTH));
		}
		return slug;
	}

	private static String trimDashes(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
