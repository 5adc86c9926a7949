package io.newsdesk.article;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ArrayList;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the bylines of a whole list of articles in one query (never one per card): their
 * authors from {@code article_author} with each author's display name and page slug. The
 * profiles themselves are edited in io.newsdesk.author.
 */
@Component
@Transactional(readOnly = true)
public class ArticleBylines {

	/*
	 * Native SQL: the author's page slug lives in io.newsdesk.author's profile table,
	 * which the article model does not map; a join here keeps it one statement.
	 */
	private static final String AUTHORS = "select aa.article_id, s.id, s.display_name, p.slug from article_author aa"
			+ " join staff_user s on s.id = aa.staff_user_id join author_profile p on p.staff_user_id = s.id"
			+ " where aa.article_id in (:ids) order by aa.article_id, aa.position";

	private final EntityManager entityManager;

	ArticleBylines(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Each article's authors in byline order; articles without authors are absent. */
	public Map<Long, List<Byline.Author>> authorsOf(Collection<Long> articleIds) {
		Map<Long, List<Byline.Author>> result = new LinkedHashMap<>();
		List<Long> ids = articleIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return result;
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entityManager.createNativeQuery(AUTHORS).setParameter("ids", ids).getResultList();
		for (Object[] row : rows) {
			Long articleId = ((Number) row[0]).longValue();
			result.computeIfAbsent(articleId, (id) -> new ArrayList<>())
				.add(new Byline.Author(((Number) row[1]).longValue(), (String) row[2], (String) row[3]));
		}
		return result;
	}

	/** The bylines of loaded articles, by article id. */
	public Map<Long, Byline> of(Collection<Article> articles) {
		Map<Long, List<Byline.Author>> authors = authorsOf(articles.stream().map(Article::getId).toList());
		Map<Long, Byline> result = new LinkedHashMap<>();
		for (Article article : articles) {
			result.put(article.getId(),
					new Byline(authors.getOrDefault(article.getId(), List.of()), article.getByline()));
		}
		return result;
	}

}
