package io.newsdesk.frontpage;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * An editor's choice for the front page: the pinned lead story or the breaking-news
 * banner, each at most one, optionally until a time. It shows only while its story is
 * visible and the time has not come (see {@link FrontPageControl}).
 */
@Entity
class FrontPageSlot {

	enum Kind {

		LEAD, BREAKING

	}

	@Id
	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Long articleId;

	@Column(name = "until")
	private Instant until;

	private String setBy;

	private Instant setAt;

	protected FrontPageSlot() {
	}

	FrontPageSlot(Kind kind, Long articleId, Instant until, String setBy, Instant setAt) {
		this.kind = kind;
		this.articleId = articleId;
		this.until = until;
		this.setBy = setBy;
		this.setAt = setAt;
	}

	/** Whether it still counts at {@code now} (its story's visibility aside). */
	boolean isActiveAt(Instant now) {
		return this.until == null || now.isBefore(this.until);
	}

	Kind getKind() {
		return this.kind;
	}

	Long getArticleId() {
		return this.articleId;
	}

	Instant getUntil() {
		return this.until;
	}

	String getSetBy() {
		return this.setBy;
	}

}
