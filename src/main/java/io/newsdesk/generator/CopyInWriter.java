package io.newsdesk.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A Writer that streams what is written into a PostgreSQL {@code COPY ... FROM STDIN}
 * (text format) in 64 KB chunks, so a million rows never sit in memory. Rows are written
 * with {@link #field} and {@link #endRow}, which apply COPY's escaping.
 */
final class CopyInWriter extends Writer {

	private static final int CHUNK = 64 * 1024;

	private final CopyIn copyIn;

	private final StringBuilder buffer = new StringBuilder(CHUNK + 16 * 1024);

	private boolean firstField = true;

	private long rows;

	CopyInWriter(PGConnection connection, String copySql) throws SQLException {
		this.copyIn = connection.getCopyAPI().copyIn(copySql);
	}

	CopyInWriter field(Object value) throws IOException {
		if (!this.firstField) {
			this.buffer.append('\t');
		}
		this.firstField = false;
		if (value == null) {
			this.buffer.append("\\N");
		}
		else {
			String text = value.toString();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> this.buffer.append("\\\\");
					case '\t' -> this.buffer.append("\\t");
					case '\n' -> this.buffer.append("\\n");
					case '\r' -> this.buffer.append("\\r");
					default -> this.buffer.append(c);
				}
			}
		}
		return this;
	}

	void endRow() throws IOException {
		this.buffer.append('\n');
		this.firstField = true;
		this.rows++;
		if (this.buffer.length() >= CHUNK) {
			flush();
		}
	}

	long rows() {
		return this.rows;
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		this.buffer.append(chars, offset, length);
		if (this.buffer.length() >= CHUNK) {
			flush();
		}
	}

	@Override
	public void flush() throws IOException {
		if (this.buffer.isEmpty()) {
			return;
		}
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.buffer.setLength(0);
		try {
			this.copyIn.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException ex) {
			throw new IOException(ex);
		}
	}

	/** Sends the rest and ends the COPY; the row count PostgreSQL reports. */
	long finish() throws IOException, SQLException {
		flush();
		return this.copyIn.endCopy();
	}

	/** Abandons the COPY (after a failure), so the connection can roll back. */
	@Override
	public void close() {
		if (this.copyIn.isActive()) {
			try {
				this.copyIn.cancelCopy();
			}
			catch (SQLException ex) {
				// The transaction is rolled back anyway.
			}
		}
	}

}
