package io.newsdesk.article.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import io.newsdesk.article.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the article form posts, exactly as typed, so a form shown again after an error
 * loses nothing. Rules that need the database (slug clashes, related articles) are
 * checked by {@link ArticleEditor}.
 */
public class ArticleForm {

	public static final int MAX_RELATED = 20;

	/**
	 * The version the editor opened; a different current version means someone else
	 * saved.
	 */
	private Long version;

	@NotBlank(message = "Enter a headline.")
	@Size(max = 200, message = "Keep the headline to 200 characters or fewer.")
	private String headline = "";

	@Size(max = Slugs.MAX_LENGTH, message = "Keep the slug to " + Slugs.MAX_LENGTH + " characters or fewer.")
	@Pattern(regexp = "(" + Slugs.PATTERN + ")?",
			message = "Use only lower-case letters, digits and single hyphens, like beijing-us-talks.")
	private String slug = "";

	@Size(max = 400, message = "Keep the standfirst to 400 characters or fewer.")
	private String standfirst = "";

	@Size(max = 200_000, message = "The body is longer than 200,000 characters. Split it into more than one article.")
	private String body = "";

	@NotNull(message = "Choose a section.")
	private Long sectionId;

	private String tags = "";

	@Size(max = 200, message = "Keep the credit to 200 characters or fewer.")
	private String byline = "";

	/**
	 * Site-local date and time as the datetime-local field sends it, e.g.
	 * 2025-06-20T09:30.
	 */
	private String publishAt = "";

	@Size(max = MAX_RELATED, message = "Choose at most " + MAX_RELATED + " related articles.")
	private List<Long> relatedIds = new ArrayList<>();

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getHeadline() {
		return this.headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getStandfirst() {
		return this.standfirst;
	}

	public void setStandfirst(String standfirst) {
		this.standfirst = standfirst;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getSectionId() {
		return this.sectionId;
	}

	public void setSectionId(Long sectionId) {
		this.sectionId = sectionId;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getByline() {
		return this.byline;
	}

	public void setByline(String byline) {
		this.byline = byline;
	}

	public String getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(String publishAt) {
		this.publishAt = publishAt;
	}

	/**
	 * Moves a chosen related article one place up ({@code -1}) or down ({@code +1}) in
	 * the rail's order; the "Move up"/"Move down" buttons, which work without JavaScript
	 * because a {@code <select multiple>} cannot say in which order options were picked.
	 */
	void moveRelated(long id, int step) {
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(this.relatedIds));
		ids.removeIf(Objects::isNull);
		int from = ids.indexOf(id);
		int to = from + step;
		if (from >= 0 && to >= 0 && to < ids.size()) {
			Collections.swap(ids, from, to);
		}
		this.relatedIds = ids;
	}

	/**
	 * Adds an article at the end of the picks (Pick on a suggestion, Add on a search
	 * result); already a pick, it stays where it is.
	 */
	void addRelated(long id) {
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(this.relatedIds));
		ids.removeIf(Objects::isNull);
		if (!ids.contains(id)) {
			ids.add(id);
		}
		this.relatedIds = ids;
	}

	void removeRelated(long id) {
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(this.relatedIds));
		ids.removeIf((each) -> each == null || each == id);
		this.relatedIds = ids;
	}

	/**
	 * What the editor typed in the pick search (io.newsdesk.related.RailEditing); never
	 * saved, kept so the results and the box survive the round trip.
	 */
	private String pickQuery = "";

	public String getPickQuery() {
		return this.pickQuery;
	}

	public void setPickQuery(String pickQuery) {
		this.pickQuery = (pickQuery != null) ? pickQuery : "";
	}

	public List<Long> getRelatedIds() {
		return this.relatedIds;
	}

	public void setRelatedIds(List<Long> relatedIds) {
		this.relatedIds = (relatedIds != null) ? relatedIds : new ArrayList<>();
	}

	/**
	 * "Minor edit" (a typo, a broken link): saving a live article without showing readers
	 * a new "Updated" time (io.newsdesk.article.correction.VisibleUpdate).
	 */
	private boolean minorEdit;

	public boolean isMinorEdit() {
		return this.minorEdit;
	}

	public void setMinorEdit(boolean minorEdit) {
		this.minorEdit = minorEdit;
	}

	/** Media library (io.newsdesk.media): the featured image's id, or none. */
	private Long featuredMediaId;

	public Long getFeaturedMediaId() {
		return this.featuredMediaId;
	}

	public void setFeaturedMediaId(Long featuredMediaId) {
		this.featuredMediaId = featuredMediaId;
	}

	/** The editor's note when sending an article back to its writer (Send back). */
	@Size(max = 2000, message = "Keep the note to 2,000 characters or fewer.")
	private String reviewNote = "";

	public String getReviewNote() {
		return this.reviewNote;
	}

	public void setReviewNote(String reviewNote) {
		this.reviewNote = (reviewNote != null) ? reviewNote : "";
	}

	/**
	 * Staff authors in byline order; {@code byline} above is the free-text credit for
	 * agency copy. Checked by io.newsdesk.author.AuthorDirectory.
	 */
	private List<Long> authorIds = new ArrayList<>();

	public List<Long> getAuthorIds() {
		return this.authorIds;
	}

	public void setAuthorIds(List<Long> authorIds) {
		this.authorIds = (authorIds != null) ? authorIds : new ArrayList<>();
	}

	/** Moves a chosen author one place up or down in the byline, like moveRelated. */
	void moveAuthor(long id, int step) {
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(this.authorIds));
		ids.removeIf(Objects::isNull);
		int from = ids.indexOf(id);
		int to = from + step;
		if (from >= 0 && to >= 0 && to < ids.size()) {
			Collections.swap(ids, from, to);
		}
		this.authorIds = ids;
	}

}
