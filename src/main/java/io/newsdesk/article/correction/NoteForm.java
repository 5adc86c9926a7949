package io.newsdesk.article.correction;

/**
 * The correction/update form on the article edit page, exactly as typed, so a refused
 * note comes back with its text.
 */
public class NoteForm {

	public static final int MAX_LENGTH = 1000;

	private String kind = NoteKind.CORRECTION.name();

	private String text = "";

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = (text != null) ? text : "";
	}

}
