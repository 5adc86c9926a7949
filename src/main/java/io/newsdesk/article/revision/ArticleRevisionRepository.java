package io.newsdesk.article.revision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Revisions are only ever added and read: no update or delete methods on purpose (the
 * database refuses them as well).
 */
interface ArticleRevisionRepository extends Repository<ArticleRevision, Long> {

	ArticleRevision save(ArticleRevision revision);

	Optional<ArticleRevision> findFirstByArticleIdOrderByNumberDesc(Long articleId);

	Optional<ArticleRevision> findByArticleIdAndNumber(Long articleId, int number);

	/** The history list: everything but the texts, newest first. */
	@Query(value = "select new io.newsdesk.article.revision.RevisionListItem(r.number, r.savedAt, r.savedByName,"
			+ " r.savedByUsername, r.status, r.publishAt, r.changedFields) from ArticleRevision r"
			+ " where r.articleId = :articleId order by r.number desc",
			countQuery = "select count(r) from ArticleRevision r where r.articleId = :articleId")
	Page<RevisionListItem> findListItems(Long articleId, Pageable pageable);

	@Query("select r.number from ArticleRevision r where r.articleId = :articleId order by r.number desc")
	List<Integer> findNumbers(Long articleId);

}
