package io.newsdesk.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

/**
 * An image in the library: what the editor said about it (alt text, caption, credit) and
 * the sizes it was resized to. The bytes are in the {@link MediaStore}, never here.
 * Written by {@link MediaLibrary}; pages get {@link MediaImage} views.
 */
@Entity
public class MediaAsset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String altText;

	private String caption = "";

	private String credit = "";

	private String sourceFormat;

	private int width;

	private int height;

	private Instant uploadedAt;

	private String uploadedBy;

	@ElementCollection
	@CollectionTable(name = "media_rendition", joinColumns = @JoinColumn(name = "media_id"))
	@OrderBy("width")
	private List<MediaRendition> renditions = new ArrayList<>();

	protected MediaAsset() {
	}

	MediaAsset(String altText, String caption, String credit, String sourceFormat, int width, int height,
			Instant uploadedAt, String uploadedBy) {
		this.altText = altText;
		this.caption = caption;
		this.credit = credit;
		this.sourceFormat = sourceFormat;
		this.width = width;
		this.height = height;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	/** New alt text, caption and credit; the picture itself never changes. */
	void describe(String altText, String caption, String credit) {
		this.altText = altText;
		this.caption = caption;
		this.credit = credit;
	}

	void addRendition(MediaRendition rendition) {
		this.renditions.add(rendition);
	}

	public Long getId() {
		return this.id;
	}

	public String getAltText() {
		return this.altText;
	}

	public String getCaption() {
		return this.caption;
	}

	public String getCredit() {
		return this.credit;
	}

	public String getSourceFormat() {
		return this.sourceFormat;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public List<MediaRendition> getRenditions() {
		return this.renditions;
	}

}
