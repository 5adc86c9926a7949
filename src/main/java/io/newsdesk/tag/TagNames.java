package io.newsdesk.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Slugs;

/**
 * Reads the comma-separated Tags field. Whitespace is collapsed and tags that differ only
 * in case are one tag: "Hong Kong, hong kong" is the single tag "Hong Kong" (first
 * spelling wins; an existing tag keeps its name).
 */
public final class TagNames {

	public static final int MAX_TAGS = 20;

	public static final int MAX_LENGTH = 50;

	private TagNames() {
	}

	/** Normalised names keyed by slug, in the order typed. Blank entries are ignored. */
	public static Map<String, String> parse(String field) {
		Map<String, String> bySlug = new LinkedHashMap<>();
		if (field == null) {
			return bySlug;
		}
		for (String raw : field.split(",")) {
			String name = raw.strip().replaceAll("\\s+", " ");
			if (!name.isEmpty()) {
				bySlug.putIfAbsent(slugOrRaw(name), name);
			}
		}
		return bySlug;
	}

	/** Problems an editor must fix, phrased for them; empty when the field is fine. */
	public static List<String> problems(String field) {
		List<String> problems = new ArrayList<>();
		Map<String, String> tags = parse(field);
		if (tags.size() > MAX_TAGS) {
			problems.add("Use at most " + MAX_TAGS + " tags (you gave " + tags.size() + ").");
		}
		for (String name : tags.values()) {
			if (name.length() > MAX_LENGTH) {
				problems.add("Tag \"" + abbreviate(name) + "\" is longer than " + MAX_LENGTH + " characters.");
			}
			else if (Slugs.of(name).isEmpty()) {
				problems.add("Tag \"" + name + "\" needs at least one letter or digit.");
			}
		}
		return problems;
	}

	private static String slugOrRaw(String name) {
		String slug = Slugs.of(name);
		return slug.isEmpty() ? name : slug;
	}

	private static String abbreviate(String name) {
		return name.substring(0, 30) + "…";
	}

}
