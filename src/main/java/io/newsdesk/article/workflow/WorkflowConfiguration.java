package io.newsdesk.article.workflow;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link DeletedArticlePurge} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WorkflowConfiguration {

}
