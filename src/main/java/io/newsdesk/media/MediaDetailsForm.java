package io.newsdesk.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An image's text: alt text, caption and credit, as typed on the upload form and the edit
 * form, kept so a refused form shows them again (the file itself cannot be: browsers
 * never pre-fill a file input).
 */
public class MediaDetailsForm {

	@NotBlank(message = "Describe the image for readers who cannot see it (alt text is required).")
	@Size(max = 500, message = "Keep the alt text to 500 characters or fewer.")
	private String alt = "";

	@Size(max = 1000, message = "Keep the caption to 1,000 characters or fewer.")
	private String caption = "";

	@Size(max = 200, message = "Keep the credit to 200 characters or fewer.")
	private String credit = "";

	public String getAlt() {
		return this.alt;
	}

	public void setAlt(String alt) {
		this.alt = (alt != null) ? alt : "";
	}

	public String getCaption() {
		return this.caption;
	}

	public void setCaption(String caption) {
		this.caption = (caption != null) ? caption : "";
	}

	public String getCredit() {
		return this.credit;
	}

	public void setCredit(String credit) {
		this.credit = (credit != null) ? credit : "";
	}

}
