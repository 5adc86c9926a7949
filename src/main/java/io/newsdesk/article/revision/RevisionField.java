package io.newsdesk.article.revision;

import java.util.Arrays;
import java.util.List;

/**
 * The fields a revision keeps, in form order, with the label editors read. Stored by name
 * in {@code article_revision.changed_fields}, so renaming a constant needs a migration.
 */
public enum RevisionField {

	HEADLINE("Headline"), SLUG("Slug"), STANDFIRST("Standfirst"), BODY("Body"), SECTION("Section"), TAGS("Tags"),
	AUTHORS("Authors"), BYLINE("Credit"), STATUS("Status"), PUBLISH_AT("Publish time"), RELATED("Related articles"),
	FEATURED_IMAGE("Featured image");

	private final String label;

	RevisionField(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Stored names back to fields, skipping any this version of the code does not know.
	 */
	static List<RevisionField> fromNames(List<String> names) {
		return names.stream()
			.flatMap((name) -> Arrays.stream(values()).filter((field) -> field.name().equals(name)))
			.sorted()
			.toList();
	}

}
