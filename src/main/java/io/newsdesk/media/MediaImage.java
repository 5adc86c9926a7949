package io.newsdesk.media;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A library image as pages show it: alt text, caption, credit and its sizes at their
 * content-hashed URLs, narrowest first. Built by {@link MediaImages}.
 *
 * @param width pixel width of the largest size (what {@code width}/{@code height}
 * attributes give: the browser only needs the aspect ratio before the image arrives)
 */
public record MediaImage(long id, String alt, String caption, String credit, int width, int height, List<Size> sizes) {

	/** One size: its width and height in pixels and its path ({@code /media/...}). */
	public record Size(int width, int height, String url) {
	}

	/** The {@code srcset} value: every size with its width descriptor. */
	public String srcset() {
		return this.sizes.stream()
			.map((size) -> size.url() + " " + size.width() + "w")
			.collect(Collectors.joining(", "));
	}

	/**
	 * The {@code src} for browsers without {@code srcset} (and feed readers): the largest
	 * size up to 1024 pixels.
	 */
	public String src() {
		Size chosen = this.sizes.get(0);
		for (Size size : this.sizes) {
			if (size.width() <= 1024) {
				chosen = size;
			}
		}
		return chosen.url();
	}

	/** The smallest size, for the library's grid and the article form. */
	public Size thumbnail() {
		return this.sizes.get(0);
	}

	/** The largest size: social cards and JSON-LD want the biggest there is. */
	public Size largest() {
		return this.sizes.get(this.sizes.size() - 1);
	}

	public boolean hasCaption() {
		return !this.caption.isBlank();
	}

	public boolean hasCredit() {
		return !this.credit.isBlank();
	}

	/** How articles place it in Markdown. */
	public String markdownReference() {
		return "![](media:" + this.id + ")";
	}

	static MediaImage of(MediaAsset asset) {
		List<Size> sizes = asset.getRenditions()
			.stream()
			.map((r) -> new Size(r.getWidth(), r.getHeight(), MediaNames.url(r.getFileName())))
			.sorted((a, b) -> Integer.compare(a.width(), b.width()))
			.toList();
		Size largest = sizes.get(sizes.size() - 1);
		return new MediaImage(asset.getId(), asset.getAltText(), asset.getCaption(), asset.getCredit(), largest.width(),
				largest.height(), sizes);
	}

}
