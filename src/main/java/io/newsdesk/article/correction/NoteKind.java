package io.newsdesk.article.correction;

/** What a note on a published article says happened. */
public enum NoteKind {

	/** Something we got wrong and fixed. */
	CORRECTION("Correction"),

	/** New information added since the story first appeared. */
	UPDATE("Update");

	private final String label;

	NoteKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The form's value, or {@code null} for anything else. */
	static NoteKind fromParameter(String value) {
		for (NoteKind kind : values()) {
			if (kind.name().equalsIgnoreCase((value != null) ? value.strip() : "")) {
				return kind;
			}
		}
		return null;
	}

}
