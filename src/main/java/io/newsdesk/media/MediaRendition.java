package io.newsdesk.media;

import jakarta.persistence.Embeddable;

/** One stored size of a {@link MediaAsset}. */
@Embeddable
public class MediaRendition {

	private int width;

	private int height;

	private String contentType;

	private String fileName;

	private int byteSize;

	protected MediaRendition() {
	}

	MediaRendition(int width, int height, String contentType, String fileName, int byteSize) {
		this.width = width;
		this.height = height;
		this.contentType = contentType;
		this.fileName = fileName;
		this.byteSize = byteSize;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public String getContentType() {
		return this.contentType;
	}

	public String getFileName() {
		return this.fileName;
	}

	public int getByteSize() {
		return this.byteSize;
	}

}
