package io.newsdesk.article.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes for good the articles deleted longer ago than
 * {@code newsdesk.workflow.deleted-retention}: until then an editor can restore them from
 * the Deleted list. Their tags and related links go with them (foreign keys cascade), and
 * each removal is written to the audit trail, which keeps the headline.
 */
@Component
public class DeletedArticlePurge {

	private static final Logger logger = LoggerFactory.getLogger(DeletedArticlePurge.class);

	private final EntityManager entityManager;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final WorkflowProperties properties;

	private final Clock clock;

	DeletedArticlePurge(EntityManager entityManager, AuditTrail audit, ApplicationEventPublisher events,
			WorkflowProperties properties, Clock clock) {
		this.entityManager = entityManager;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many articles were removed
	 */
	@Scheduled(fixedDelayString = "${newsdesk.workflow.purge-interval:1h}",
			initialDelayString = "${newsdesk.workflow.purge-interval:1h}")
	@Transactional
	public int purgeExpired() {
		Instant cutoff = this.clock.instant().minus(this.properties.deletedRetention());
		List<Article> expired = this.entityManager
			.createQuery("select a from Article a where a.deletedAt is not null and a.deletedAt <= :cutoff"
					+ " order by a.deletedAt", Article.class)
			.setParameter("cutoff", cutoff)
			.getResultList();
		for (Article article : expired) {
			this.audit.record("article.purge", AuditSubject.article(article.getId(), article.getHeadline()),
					"Removed for good, deleted more than " + this.properties.deletedRetention().toDays()
							+ " days before");
			this.entityManager.remove(article);
		}
		if (!expired.isEmpty()) {
			this.entityManager.flush();
			this.events.publishEvent(
					new PublicContentChanged(expired.stream().map(Article::getId).collect(Collectors.toSet())));
			logger.info("Purged {} article(s) deleted before {}", expired.size(), cutoff);
		}
		return expired.size();
	}

}
