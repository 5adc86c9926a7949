package io.newsdesk.author;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The public side of a staff account: the slug of its author page, a short bio and an
 * optional photo from the media library. One per account, created by a database trigger
 * whenever an account is (see V18), so every author always has a page; the account itself
 * (name, role, password) is io.newsdesk.staff's.
 */
@Entity
public class AuthorProfile {

	public static final int MAX_BIO = 500;

	@Id
	private Long staffUserId;

	private String slug;

	private String bio = "";

	/** The portrait from the media library, or null for none. */
	private Long photoMediaId;

	protected AuthorProfile() {
	}

	public Long getStaffUserId() {
		return this.staffUserId;
	}

	public String getSlug() {
		return this.slug;
	}

	void setSlug(String slug) {
		this.slug = slug;
	}

	public String getBio() {
		return this.bio;
	}

	void setBio(String bio) {
		this.bio = bio;
	}

	public Long getPhotoMediaId() {
		return this.photoMediaId;
	}

	void setPhotoMediaId(Long photoMediaId) {
		this.photoMediaId = photoMediaId;
	}

	public String url() {
		return "/authors/" + this.slug;
	}

}
