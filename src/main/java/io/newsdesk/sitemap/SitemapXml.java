package io.newsdesk.sitemap;

import java.io.OutputStream;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemaps.org documents (sitemap index, URL set, with the Google News extension)
 * element by element with an {@link XMLStreamWriter}, which escapes text; nothing is kept
 * but the current element, so a file of 50,000 URLs streams out as it is read.
 */
final class SitemapXml implements AutoCloseable {

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	/**
	 * Characters XML 1.0 cannot carry even escaped (most C0 controls); a pasted headline
	 * could hold one, and one would make the whole sitemap unreadable.
	 */
	private static final Pattern NOT_XML = Pattern.compile("[^\\u0009\\u000A\\u000D\\u0020-\\uFFFD]");

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final XMLStreamWriter xml;

	private SitemapXml(OutputStream out, String root, boolean news) throws XMLStreamException {
		this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.setDefaultNamespace(SITEMAP_NS);
		this.xml.writeStartElement(SITEMAP_NS, root);
		this.xml.writeDefaultNamespace(SITEMAP_NS);
		if (news) {
			this.xml.setPrefix("news", NEWS_NS);
			this.xml.writeNamespace("news", NEWS_NS);
		}
	}

	static SitemapXml index(OutputStream out) throws XMLStreamException {
		return new SitemapXml(out, "sitemapindex", false);
	}

	static SitemapXml urlSet(OutputStream out) throws XMLStreamException {
		return new SitemapXml(out, "urlset", false);
	}

	static SitemapXml newsUrlSet(OutputStream out) throws XMLStreamException {
		return new SitemapXml(out, "urlset", true);
	}

	/** An index entry; {@code lastModified} (W3C datetime) may be null. */
	void sitemap(String loc, String lastModified) throws XMLStreamException {
		this.xml.writeStartElement(SITEMAP_NS, "sitemap");
		element(SITEMAP_NS, "loc", loc);
		if (lastModified != null) {
			element(SITEMAP_NS, "lastmod", lastModified);
		}
		this.xml.writeEndElement();
	}

	/** A URL entry; {@code lastModified} (W3C datetime) may be null. */
	void url(String loc, String lastModified) throws XMLStreamException {
		this.xml.writeStartElement(SITEMAP_NS, "url");
		element(SITEMAP_NS, "loc", loc);
		if (lastModified != null) {
			element(SITEMAP_NS, "lastmod", lastModified);
		}
		this.xml.writeEndElement();
	}

	/** A Google News entry, its elements in the order the news schema requires. */
	void newsUrl(String loc, String publicationName, String language, String publicationDate, String title)
			throws XMLStreamException {
		this.xml.writeStartElement(SITEMAP_NS, "url");
		element(SITEMAP_NS, "loc", loc);
		this.xml.writeStartElement(NEWS_NS, "news");
		this.xml.writeStartElement(NEWS_NS, "publication");
		element(NEWS_NS, "name", publicationName);
		element(NEWS_NS, "language", language);
		this.xml.writeEndElement();
		element(NEWS_NS, "publication_date", publicationDate);
		element(NEWS_NS, "title", title);
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	private void element(String namespace, String name, String text) throws XMLStreamException {
		this.xml.writeStartElement(namespace, name);
		this.xml.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
		this.xml.writeEndElement();
	}

	/** Ends the document and flushes; the servlet container closes the stream. */
	@Override
	public void close() throws XMLStreamException {
		this.xml.writeEndDocument();
		this.xml.flush();
		this.xml.close();
	}

}
