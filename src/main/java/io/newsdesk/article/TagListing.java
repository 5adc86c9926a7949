package io.newsdesk.article;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A tag link as tag pages read it: with its article's publish time and whether the
 * article is listed, copied by the database (migration V27) so a tag's stories are one
 * index walk in reading order. Read only; {@link Article#getTags()} writes the links.
 */
@Entity
@Immutable
@Table(name = "article_tag")
@IdClass(TagListing.Key.class)
class TagListing {

	@Id
	@Column(name = "article_id")
	private Long articleId;

	@Id
	@Column(name = "tag_id")
	private Long tagId;

	@Column(name = "publish_at")
	private Instant publishAt;

	private boolean listed;

	protected TagListing() {
	}

	record Key(Long articleId, Long tagId) implements Serializable {
	}

}
