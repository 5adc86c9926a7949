package io.newsdesk.site;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises structured data for a {@code <script type="application/ld+json">} block with
 * Jackson, never by string concatenation. The HTML parser ends a script element at the
 * first {@code </script} whatever JSON thinks, so {@code <}, {@code >} and {@code &} are
 * written as JSON unicode escapes: a headline such as
 * {@code </script><script>alert(1)</script>} stays a JSON string. Those three characters
 * can only occur inside JSON strings, where {@code \u003c} means the same thing, so the
 * replacement after serialisation is exact.
 */
public final class JsonLd {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonLd() {
	}

	public static String toScriptContent(Object structuredData) {
		String json = MAPPER.writeValueAsString(structuredData);
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
