package io.newsdesk.tag;

/** A tag as a page links to it. */
public record TagLink(String name, String url) {

	public static TagLink of(Tag tag) {
		return new TagLink(tag.getName(), tag.url());
	}

}
