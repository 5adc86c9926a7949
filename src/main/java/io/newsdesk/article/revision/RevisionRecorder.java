package io.newsdesk.article.revision;

import java.util.List;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleBylines;
import io.newsdesk.article.Byline;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the revision for an article save. Called by
 * {@code io.newsdesk.article.admin.ArticleEditor#save} right after the article is
 * flushed, inside the same transaction: a revision exists exactly when the save does.
 * Numbering reads the latest revision after the article's row was updated, and that
 * update holds the row lock until commit, so two saves of one article cannot both take
 * the same number (the unique index would refuse it anyway).
 */
@Service
public class RevisionRecorder {

	private final ArticleRevisionRepository revisions;

	private final CurrentStaff currentStaff;

	private final ArticleBylines bylines;

	RevisionRecorder(ArticleRevisionRepository revisions, CurrentStaff currentStaff, ArticleBylines bylines) {
		this.revisions = revisions;
		this.currentStaff = currentStaff;
		this.bylines = bylines;
	}

	/**
	 * Records {@code article} as just saved, by whoever is logged in (nobody for system
	 * saves such as the demo loader).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Article article) {
		ArticleRevision previous = this.revisions.findFirstByArticleIdOrderByNumberDesc(article.getId()).orElse(null);
		Actor actor = this.currentStaff.find().orElse(null);
		List<String> authorNames = this.bylines.authorsOf(List.of(article.getId()))
			.getOrDefault(article.getId(), List.of())
			.stream()
			.map(Byline.Author::name)
			.toList();
		this.revisions.save(ArticleRevision.of(article, authorNames, previous, article.getUpdatedAt(),
				(actor != null) ? actor.id() : null, (actor != null) ? actor.username() : null,
				(actor != null) ? actor.displayName() : null));
	}

}
