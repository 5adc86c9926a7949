package io.newsdesk.author;

import io.newsdesk.article.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the author profile form posts, exactly as typed. */
public class ProfileForm {

	@NotBlank(message = "Enter the name readers see in bylines.")
	@Size(max = 100, message = "Keep the name to 100 characters or fewer.")
	private String displayName = "";

	@NotBlank(message = "Enter the last part of the author page's address, like ann-smith.")
	@Size(max = Slugs.MAX_LENGTH, message = "Keep the address to " + Slugs.MAX_LENGTH + " characters or fewer.")
	@Pattern(regexp = "(" + Slugs.PATTERN + ")?",
			message = "Use only lower-case letters, digits and single hyphens, like ann-smith.")
	private String slug = "";

	@Size(max = AuthorProfile.MAX_BIO, message = "Keep the bio to " + AuthorProfile.MAX_BIO + " characters or fewer.")
	private String bio = "";

	/** A media library image id, or null for no photo. */
	private Long photoMediaId;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName != null) ? displayName : "";
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug != null) ? slug.strip() : "";
	}

	public Long getPhotoMediaId() {
		return this.photoMediaId;
	}

	public void setPhotoMediaId(Long photoMediaId) {
		this.photoMediaId = photoMediaId;
	}

	public String getBio() {
		return this.bio;
	}

	public void setBio(String bio) {
		// Browsers send CRLF line breaks; count what readers see.
		this.bio = (bio != null) ? bio.replace("\r\n", "\n") : "";
	}

}
