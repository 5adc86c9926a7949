package io.newsdesk.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.newsdesk.section.Section;
import io.newsdesk.tag.Tag;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A story. Its body is kept both as the Markdown the editor typed and as the sanitised
 * HTML rendered from it at save time, so pages never render Markdown on the way out.
 * Public reading goes through {@link ArticleReader}; editing through
 * {@code io.newsdesk.article.admin.ArticleEditor}.
 */
@Entity
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String headline;

	private String standfirst = "";

	private String bodyMarkdown = "";

	private String bodyHtml = "";

	/** Null only on rows saved before V24 until BodyTextBackfill reaches them. */
	private String bodyText = "";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Section section;

	private String byline = "";

	@Enumerated(EnumType.STRING)
	private ArticleStatus status = ArticleStatus.DRAFT;

	private Instant publishAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ManyToMany
	@JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@OrderBy("name")
	private Set<Tag> tags = new LinkedHashSet<>();

	/** Ids, not entities: the rail re-reads them through the visibility rule anyway. */
	@ElementCollection
	@CollectionTable(name = "related_link", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "related_article_id")
	private List<Long> relatedArticleIds = new ArrayList<>();

	protected Article() {
	}

	public Article(String slug, String headline, Section section, Instant createdAt) {
		this.slug = slug;
		this.headline = headline;
		this.section = section;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	public boolean isVisibleAt(Instant now) {
		return this.status == ArticleStatus.PUBLISHED && this.publishAt != null && !this.publishAt.isAfter(now)
				&& this.deletedAt == null;
	}

	public boolean isScheduledAt(Instant now) {
		return this.status == ArticleStatus.PUBLISHED && this.publishAt != null && this.publishAt.isAfter(now)
				&& this.deletedAt == null;
	}

	public void publish(Instant at) {
		this.status = ArticleStatus.PUBLISHED;
		this.publishAt = at;
		if (this.firstPublishedAt == null || at.isBefore(this.firstPublishedAt)) {
			this.firstPublishedAt = at;
		}
	}

	public void saveAsDraft(Instant plannedPublishAt) {
		this.status = ArticleStatus.DRAFT;
		this.publishAt = plannedPublishAt;
	}

	public void setBody(String markdown, String html) {
		this.bodyMarkdown = markdown;
		this.bodyHtml = html;
		this.bodyText = BodyText.fromHtml(html);
	}

	public void replaceTags(Set<Tag> newTags) {
		this.tags.clear();
		this.tags.addAll(newTags);
	}

	public void replaceRelatedArticleIds(List<Long> ids) {
		this.relatedArticleIds.clear();
		this.relatedArticleIds.addAll(ids);
	}

	public String url() {
		return urlOf(this.slug);
	}

	/** The public address of the article with this slug. */
	public static String urlOf(String slug) {
		return "/articles/" + slug;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getHeadline() {
		return this.headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getStandfirst() {
		return this.standfirst;
	}

	public void setStandfirst(String standfirst) {
		this.standfirst = standfirst;
	}

	public String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public String getBodyText() {
		return this.bodyText;
	}

	public Section getSection() {
		return this.section;
	}

	public void setSection(Section section) {
		this.section = section;
	}

	public String getByline() {
		return this.byline;
	}

	public void setByline(String byline) {
		this.byline = byline;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public Instant getPublishAt() {
		return this.publishAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

	public List<Long> getRelatedArticleIds() {
		return this.relatedArticleIds;
	}

	/**
	 * The "Updated" time readers see (io.newsdesk.article.correction): set by a normal
	 * edit of a live article or a correction note, never by a minor edit; updatedAt, by
	 * contrast, moves on every save.
	 */
	private Instant publicUpdatedAt;

	public Instant getPublicUpdatedAt() {
		return this.publicUpdatedAt;
	}

	public void markUpdatedForReaders(Instant at) {
		this.publicUpdatedAt = at;
	}

	// Media library (io.newsdesk.media): the featured image, by id like the related
	// links, so lists load the images of a whole page in one query.

	@Column(name = "featured_media_id")
	private Long featuredMediaId;

	public Long getFeaturedMediaId() {
		return this.featuredMediaId;
	}

	public void setFeaturedMediaId(Long featuredMediaId) {
		this.featuredMediaId = featuredMediaId;
	}

	// Newsroom workflow (io.newsdesk.article.workflow): ownership, review, soft delete.

	/** Staff id of whoever created it; null for articles from before ownership. */
	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "submitted_by")
	private Long submittedBy;

	private Instant submittedAt;

	/** What the editor who sent it back asked for; cleared when it is submitted again. */
	private String reviewNote;

	@Column(name = "review_note_by")
	private Long reviewNoteBy;

	private Instant reviewNoteAt;

	/** The earliest publish time it ever had: readers may have seen it since then. */
	private Instant firstPublishedAt;

	private Instant deletedAt;

	@Column(name = "deleted_by")
	private Long deletedBy;

	public void setCreatedBy(Long staffId) {
		this.createdBy = staffId;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	/** In review: off the site, waiting in the editors' queue. */
	public void submitForReview(Instant plannedPublishAt, Long by, Instant at) {
		this.status = ArticleStatus.IN_REVIEW;
		this.publishAt = plannedPublishAt;
		this.submittedBy = by;
		this.submittedAt = at;
		this.reviewNote = null;
		this.reviewNoteBy = null;
		this.reviewNoteAt = null;
	}

	/** Back to draft with the editor's note for the writer. */
	public void sendBack(Instant plannedPublishAt, String note, Long by, Instant at) {
		saveAsDraft(plannedPublishAt);
		this.reviewNote = note;
		this.reviewNoteBy = by;
		this.reviewNoteAt = at;
	}

	/** Withdrawn: off the site, and its URL says so (410) rather than "not found". */
	public void withdraw(Instant keptPublishAt) {
		this.status = ArticleStatus.UNPUBLISHED;
		this.publishAt = keptPublishAt;
	}

	/** Whether readers could ever have seen it (so its URL answers 410 once gone). */
	public boolean wasPublicBefore(Instant now) {
		return this.firstPublishedAt != null && !this.firstPublishedAt.isAfter(now);
	}

	public Long getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

	public Long getReviewNoteBy() {
		return this.reviewNoteBy;
	}

	public Instant getReviewNoteAt() {
		return this.reviewNoteAt;
	}

	public Instant getFirstPublishedAt() {
		return this.firstPublishedAt;
	}

	public void markDeleted(Long by, Instant at) {
		this.deletedAt = at;
		this.deletedBy = by;
	}

	public void restore() {
		this.deletedAt = null;
		this.deletedBy = null;
	}

	/** A planned publish time kept with an article that is not on the site. */
	public void planPublishAt(Instant planned) {
		if (this.status != ArticleStatus.PUBLISHED) {
			this.publishAt = planned;
		}
	}

	public boolean isDeleted() {
		return this.deletedAt != null;
	}

	public Instant getDeletedAt() {
		return this.deletedAt;
	}

	public Long getDeletedBy() {
		return this.deletedBy;
	}

	/*
	 * Authors (staff ids) in byline order; the byline text above is the credit for agency
	 * copy ("Associated Press"). Ids, not entities: bylines are read for whole lists at
	 * once by ArticleBylines.
	 */
	@ElementCollection
	@CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "staff_user_id")
	private List<Long> authorIds = new ArrayList<>();

	public List<Long> getAuthorIds() {
		return this.authorIds;
	}

	public void replaceAuthorIds(List<Long> ids) {
		this.authorIds.clear();
		this.authorIds.addAll(ids);
	}

}
