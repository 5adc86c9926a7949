package io.newsdesk.media;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import org.springframework.stereotype.Component;

/**
 * Library images placed in an article body with {@code ![](media:42)}. The body is first
 * rendered and sanitised as usual (io.newsdesk.article.BodyRenderer lets {@code media:}
 * through as an image source and nothing else new); each such {@code <img>} is then
 * replaced by one built here from the library: alt text from the library, every size in
 * {@code srcset}, width and height, lazy loading. On a line of its own the image becomes
 * a {@code <figure>} with the caption and credit. Whatever attributes the editor typed on
 * the reference are dropped with it. Runs at save time, like the rest of the rendering.
 */
@Component
public class MediaReferences {

	private static final Pattern REFERENCE = Pattern.compile("media:(\\d{1,18})");

	static final String SIZES = "(max-width: 720px) 100vw, 720px";

	private final MediaImages images;

	MediaReferences(MediaImages images) {
		this.images = images;
	}

	/**
	 * A message for the body field when a reference names no library image, else empty.
	 */
	public Optional<String> problem(String safeHtml) {
		Set<String> unknown = new LinkedHashSet<>();
		Set<Long> ids = new LinkedHashSet<>();
		for (Element img : references(parse(safeHtml))) {
			String src = img.attr("src");
			Matcher matcher = REFERENCE.matcher(src);
			if (matcher.matches()) {
				ids.add(Long.parseLong(matcher.group(1)));
			}
			else {
				unknown.add(src);
			}
		}
		Map<Long, MediaImage> found = ids.isEmpty() ? Map.of() : this.images.byIds(ids);
		ids.stream().filter((id) -> !found.containsKey(id)).forEach((id) -> unknown.add("media:" + id));
		if (unknown.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of("The body places " + String.join(", ", unknown) + (unknown.size() == 1 ? ", which is" : ", which are")
					+ " not in the media library. Check the number in the library (each image shows its reference, "
					+ "like ![](media:12)).");
	}

	/**
	 * The sanitised body with each library reference replaced by its image. Images the
	 * sanitiser left without a source (it removes {@code javascript:} and other unsafe
	 * URLs) are dropped too: an {@code <img>} without {@code src} is invalid HTML and
	 * shows a broken-image icon.
	 */
	public String expand(String safeHtml) {
		Document document = parse(safeHtml);
		List<Element> references = references(document);
		List<Element> sourceless = new ArrayList<>(document.select("img:not([src]), img[src=\"\"]"));
		if (references.isEmpty() && sourceless.isEmpty()) {
			return safeHtml;
		}
		sourceless.forEach(Element::remove);
		Set<Long> ids = new LinkedHashSet<>();
		references.forEach((img) -> idOf(img).ifPresent(ids::add));
		Map<Long, MediaImage> found = this.images.byIds(ids);
		for (Element img : references) {
			MediaImage image = idOf(img).map(found::get).orElse(null);
			if (image == null) {
				img.remove();
				continue;
			}
			Element parent = img.parent();
			if (parent != null && "p".equals(parent.normalName()) && isOnlyContent(parent, img)) {
				parent.replaceWith(figure(image));
			}
			else {
				img.replaceWith(img(image));
			}
		}
		document.outputSettings().prettyPrint(false);
		return document.body().html();
	}

	private static Document parse(String html) {
		return Jsoup.parseBodyFragment((html != null) ? html : "");
	}

	private static List<Element> references(Document document) {
		return new ArrayList<>(document.select("img[src^=media:]"));
	}

	private static Optional<Long> idOf(Element img) {
		Matcher matcher = REFERENCE.matcher(img.attr("src"));
		return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

	private static boolean isOnlyContent(Element paragraph, Element img) {
		for (Node child : paragraph.childNodes()) {
			if (child == img) {
				continue;
			}
			if (child instanceof TextNode text && text.isBlank()) {
				continue;
			}
			return false;
		}
		return true;
	}

	/** Values go through jsoup's attribute and text setters, which escape them. */
	static Element img(MediaImage image) {
		return new Element("img").attr("src", image.src())
			.attr("srcset", image.srcset())
			.attr("sizes", SIZES)
			.attr("width", String.valueOf(image.width()))
			.attr("height", String.valueOf(image.height()))
			.attr("alt", image.alt())
			.attr("loading", "lazy")
			.attr("decoding", "async");
	}

	private static Element figure(MediaImage image) {
		Element figure = new Element("figure").addClass("media");
		figure.appendChild(img(image));
		if (image.hasCaption() || image.hasCredit()) {
			Element caption = figure.appendElement("figcaption");
			if (image.hasCaption()) {
				caption.appendText(image.caption());
			}
			if (image.hasCredit()) {
				if (image.hasCaption()) {
					caption.appendText(" ");
				}
				caption.appendElement("span").addClass("credit").text(image.credit());
			}
		}
		return figure;
	}

	/** Every library id a body refers to, for callers that need them. */
	public Set<Long> ids(String safeHtml) {
		return references(parse(safeHtml)).stream()
			.map(MediaReferences::idOf)
			.flatMap(Optional::stream)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
