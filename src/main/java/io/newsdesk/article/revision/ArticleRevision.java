package io.newsdesk.article.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.newsdesk.article.Article;
import io.newsdesk.tag.Tag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One save of an article, every field as it was then, and who saved it. Written once by
 * {@link RevisionRecorder} and never changed: Hibernate treats it as immutable and a
 * database trigger refuses updates, so history cannot be rewritten even by a bug.
 */
@Entity
@Immutable
public class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private int number;

	private long articleVersion;

	private Instant savedAt;

	private Long savedById;

	private String savedByUsername;

	private String savedByName;

	private String headline;

	private String slug;

	private String standfirst;

	private String bodyMarkdown;

	private Long sectionId;

	private String sectionName;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> tagNames = new ArrayList<>();

	private String byline;

	private String status;

	private Instant publishAt;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "bigint[]")
	private List<Long> relatedIds = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> changedFields = new ArrayList<>();

	/**
	 * Staff authors in byline order; null for revisions saved before V22 recorded them.
	 */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "bigint[]")
	private List<Long> authorIds;

	/** The authors' names when saved, so the history reads the same after a rename. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> authorNames;

	private Long featuredMediaId;

	protected ArticleRevision() {
	}

	/**
	 * A copy of {@code article} as just saved, numbered after {@code previous} (null for
	 * the first), noting which fields differ from it.
	 */
	static ArticleRevision of(Article article, List<String> authorNames, ArticleRevision previous, Instant savedAt,
			Long savedById, String savedByUsername, String savedByName) {
		ArticleRevision revision = new ArticleRevision();
		revision.articleId = article.getId();
		revision.number = (previous != null) ? previous.number + 1 : 1;
		revision.articleVersion = article.getVersion();
		revision.savedAt = savedAt;
		revision.savedById = savedById;
		revision.savedByUsername = savedByUsername;
		revision.savedByName = savedByName;
		revision.headline = article.getHeadline();
		revision.slug = article.getSlug();
		revision.standfirst = article.getStandfirst();
		revision.bodyMarkdown = article.getBodyMarkdown();
		revision.sectionId = article.getSection().getId();
		revision.sectionName = article.getSection().getName();
		revision.tagNames = new ArrayList<>(article.getTags().stream().map(Tag::getName).toList());
		revision.byline = article.getByline();
		revision.status = article.getStatus().name();
		revision.publishAt = article.getPublishAt();
		revision.relatedIds = new ArrayList<>(article.getRelatedArticleIds());
		revision.authorIds = new ArrayList<>(article.getAuthorIds());
		revision.authorNames = new ArrayList<>(authorNames);
		revision.featuredMediaId = article.getFeaturedMediaId();
		Set<RevisionField> changed = (previous != null) ? revision.differencesFrom(previous)
				: EnumSet.noneOf(RevisionField.class);
		revision.changedFields = new ArrayList<>(changed.stream().map(Enum::name).toList());
		return revision;
	}

	/** The fields whose stored values differ between this revision and {@code other}. */
	public Set<RevisionField> differencesFrom(ArticleRevision other) {
		Set<RevisionField> changed = EnumSet.noneOf(RevisionField.class);
		for (RevisionField field : RevisionField.values()) {
			if (!Objects.equals(rawValue(field), other.rawValue(field))) {
				changed.add(field);
			}
		}
		return changed;
	}

	/**
	 * The stored value of a field, compared as is: section by id, tags by name, related
	 * articles by id in rail order.
	 */
	Object rawValue(RevisionField field) {
		return switch (field) {
			case HEADLINE -> this.headline;
			case SLUG -> this.slug;
			case STANDFIRST -> this.standfirst;
			case BODY -> this.bodyMarkdown;
			case SECTION -> this.sectionId;
			case TAGS -> this.tagNames.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
			case BYLINE -> this.byline;
			case STATUS -> this.status;
			case PUBLISH_AT -> this.publishAt;
			case RELATED -> List.copyOf(this.relatedIds);
			case AUTHORS -> (this.authorIds != null) ? List.copyOf(this.authorIds) : null;
			case FEATURED_IMAGE -> (this.authorIds != null) ? this.featuredMediaId : null;
		};
	}

	/** The fields changed since the previous revision, as recorded at save time. */
	public List<RevisionField> changedFields() {
		return RevisionField.fromNames(this.changedFields);
	}

	public Long getId() {
		return this.id;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public int getNumber() {
		return this.number;
	}

	public long getArticleVersion() {
		return this.articleVersion;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	public Long getSavedById() {
		return this.savedById;
	}

	public String getSavedByUsername() {
		return this.savedByUsername;
	}

	public String getSavedByName() {
		return this.savedByName;
	}

	public String getHeadline() {
		return this.headline;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getStandfirst() {
		return this.standfirst;
	}

	public String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public Long getSectionId() {
		return this.sectionId;
	}

	public String getSectionName() {
		return this.sectionName;
	}

	public List<String> getTagNames() {
		return List.copyOf(this.tagNames);
	}

	public String getByline() {
		return this.byline;
	}

	public String getStatus() {
		return this.status;
	}

	public Instant getPublishAt() {
		return this.publishAt;
	}

	public List<Long> getRelatedIds() {
		return List.copyOf(this.relatedIds);
	}

	/** Whether authors and featured image were recorded (revisions from V22 on). */
	public boolean recordsAuthorsAndImage() {
		return this.authorIds != null;
	}

	public List<Long> getAuthorIds() {
		return (this.authorIds != null) ? List.copyOf(this.authorIds) : List.of();
	}

	public List<String> getAuthorNames() {
		return (this.authorNames != null) ? List.copyOf(this.authorNames) : List.of();
	}

	public Long getFeaturedMediaId() {
		return this.featuredMediaId;
	}

}
