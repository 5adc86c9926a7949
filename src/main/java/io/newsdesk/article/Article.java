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
		return this.status == ArticleStatus.PUBLISHED && this.publishAt != null && !this.publishAt.isAfter(now);
	}

	public boolean isScheduledAt(Instant now) {
		return this.status == ArticleStatus.PUBLISHED && this.publishAt != null && this.publishAt.isAfter(now);
	}

	public void publish(Instant at) {
		this.status = ArticleStatus.PUBLISHED;
		this.publishAt = at;
	}

	public void saveAsDraft(Instant plannedPublishAt) {
		this.status = ArticleStatus.DRAFT;
		this.publishAt = plannedPublishAt;
	}

	public void setBody(String markdown, String html) {
		this.bodyMarkdown = markdown;
		this.bodyHtml = html;
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
		return "/articles/" + this.slug;
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
