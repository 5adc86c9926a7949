package io.newsdesk.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.UploadContext;

/**
 * Reads the upload form's multipart body as a stream, inside the controller, so a file of
 * any size gets the editor a clear answer with everything they typed.
 * <p>
 * Why not the servlet's own multipart support: the container parses a multipart body the
 * first time anything asks for a request parameter, and Spring Security's CSRF check does
 * that before any login is checked. With a size limit, a file over it made the container
 * give up on the whole body, the CSRF token in it was never read and the editor got a
 * bare 403; without one, anyone could make the server spool gigabytes to disk. So
 * multipart is off for the whole application
 * ({@code spring.servlet.multipart.enabled=false}), the upload form carries its CSRF
 * token in the action's query string, and the body is read here only once the request is
 * known to come from a logged-in editor.
 * <p>
 * The file is kept in memory up to the library's limit (the processor needs all of it
 * anyway); past that it is counted and discarded, and reading goes on, because browsers
 * send the fields in page order and the alt text, caption and credit come after the file.
 * Reading the whole body also lets the browser receive the answer: a server that answers
 * while the browser is still sending shows most browsers a reset connection. Past
 * {@link #MAX_BODY_BYTES} reading stops; the answer still names the limit, but a browser
 * may not show it (the page's script catches such files before they are sent).
 * <p>
 * The parser is the one inside Tomcat (its repackaged Commons FileUpload streaming API):
 * the well-tested code that would otherwise have parsed the body, with no new dependency.
 */
final class UploadFormReader {

	/** Beyond this the body is not read to the end (a video picked by mistake). */
	static final long MAX_BODY_BYTES = 1024L * 1024 * 1024;

	/** A text field longer than this is cut; the form's own limits are far lower. */
	private static final int MAX_FIELD_BYTES = 64 * 1024;

	/** Parts beyond this are skipped; the form has five. */
	private static final int MAX_PARTS = 20;

	private UploadFormReader() {
	}

	/**
	 * @param maxFileBytes the largest file kept; a larger one is counted, not kept
	 * @throws IOException if the body is not multipart, is malformed or stops early
	 */
	static UploadedForm read(HttpServletRequest request, long maxFileBytes) throws IOException {
		return read(request, maxFileBytes, MAX_BODY_BYTES);
	}

	static UploadedForm read(HttpServletRequest request, long maxFileBytes, long maxBodyBytes) throws IOException {
		FileUpload upload = new FileUpload();
		upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
		Map<String, String> fields = new LinkedHashMap<>();
		byte[] file = null;
		long fileSize = 0;
		int parts = 0;
		CountingBudget budget = new CountingBudget(maxBodyBytes);
		try {
			FileItemIterator items = upload.getItemIterator(new Context(request));
			while (items.hasNext()) {
				FileItemStream item = items.next();
				parts++;
				InputStream in = item.openStream();
				if (parts > MAX_PARTS) {
					budget.discard(in);
				}
				else if (item.isFormField()) {
					fields.putIfAbsent(item.getFieldName(),
							new String(budget.keep(in, MAX_FIELD_BYTES).bytes(), StandardCharsets.UTF_8));
				}
				else if ("file".equals(item.getFieldName()) && fileSize == 0) {
					Kept kept = budget.keep(in, maxFileBytes);
					fileSize = kept.size();
					file = kept.complete() ? kept.bytes() : null;
				}
				else {
					budget.discard(in);
				}
				if (budget.exhausted()) {
					// Left open on purpose: closing a part reads it to its end.
					break;
				}
				in.close();
			}
		}
		catch (FileUploadException ex) {
			throw new IOException("Malformed upload: " + ex.getMessage(), ex);
		}
		// A browser sends an empty part when no file was chosen.
		return new UploadedForm(fields, (fileSize > 0) ? file : null, fileSize, budget.exhausted());
	}

	/**
	 * What arrived.
	 *
	 * @param fields the text fields, as typed
	 * @param file the file's bytes, or null when none was chosen or it was over the limit
	 * @param fileSize the file's size in bytes (at least this much when
	 * {@code bodyCutShort}); 0 when none was chosen
	 * @param bodyCutShort whether reading stopped at {@link #MAX_BODY_BYTES}, so fields
	 * after the file may be missing
	 */
	record UploadedForm(Map<String, String> fields, byte[] file, long fileSize, boolean bodyCutShort) {

		boolean hasFile() {
			return this.fileSize > 0;
		}

		boolean fileTooLarge() {
			return this.fileSize > 0 && this.file == null;
		}

	}

	private record Kept(byte[] bytes, long size, boolean complete) {
	}

	/** Reads parts while counting every byte against the body budget. */
	private static final class CountingBudget {

		private final long limit;

		private long read;

		private final byte[] buffer = new byte[64 * 1024];

		CountingBudget(long limit) {
			this.limit = limit;
		}

		boolean exhausted() {
			return this.read >= this.limit;
		}

		/**
		 * Keeps the first {@code max} bytes and counts the rest; complete if it all fit
		 * and the budget did not run out.
		 */
		Kept keep(InputStream in, long max) throws IOException {
			ByteArrayOutputStream kept = new ByteArrayOutputStream();
			long size = 0;
			int n;
			while (!exhausted() && (n = in.read(this.buffer)) != -1) {
				this.read += n;
				long room = max - size;
				if (room > 0) {
					kept.write(this.buffer, 0, (int) Math.min(n, room));
				}
				size += n;
			}
			return new Kept(kept.toByteArray(), size, size <= max && !exhausted());
		}

		void discard(InputStream in) throws IOException {
			count(in);
		}

		private long count(InputStream in) throws IOException {
			long size = 0;
			int n;
			while (!exhausted() && (n = in.read(this.buffer)) != -1) {
				this.read += n;
				size += n;
			}
			return size;
		}

	}

	/** The request as the parser wants it. */
	private record Context(HttpServletRequest request) implements UploadContext {

		@Override
		public long contentLength() {
			return this.request.getContentLengthLong();
		}

		@Override
		public String getCharacterEncoding() {
			return this.request.getCharacterEncoding();
		}

		@Override
		public String getContentType() {
			return this.request.getContentType();
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return this.request.getInputStream();
		}

	}

}
