package io.newsdesk.section;

/** A section as navigation shows it. */
public record SectionLink(String slug, String name) {

	public String url() {
		return "/sections/" + this.slug;
	}

}
