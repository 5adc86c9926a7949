package io.newsdesk.article;

/**
 * Stored state of an article. "Scheduled" is not stored: it is a published article whose
 * publish time has not come yet (see {@link Visibility}). Which moves between them are
 * allowed, and for whom, is decided in io.newsdesk.article.workflow.ArticleWorkflow.
 * Deleted is not a state either: a deleted article keeps its state until restored.
 */
public enum ArticleStatus {

	/** Being written; only staff see it. */
	DRAFT,

	/** Submitted by its writer, waiting in the editors' review queue. */
	IN_REVIEW,

	/** On the site, or scheduled to appear at its publish time. */
	PUBLISHED,

	/** Withdrawn by an editor: off the site, its URL answers 410 Gone. */
	UNPUBLISHED

}
