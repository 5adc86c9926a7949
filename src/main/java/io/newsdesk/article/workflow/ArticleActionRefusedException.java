package io.newsdesk.article.workflow;

/**
 * An action the workflow refused; thrown before anything is written, so the transaction
 * changes nothing. {@link WorkflowRefusalAdvice} answers it with a 403 (who you are) or
 * 409 (the article's state) page giving the reason; the article form shows state refusals
 * as a message on the form instead.
 */
public class ArticleActionRefusedException extends RuntimeException {

	private final transient Decision decision;

	public ArticleActionRefusedException(Decision decision) {
		super(decision.refusal());
		this.decision = decision;
	}

	public boolean isForbidden() {
		return this.decision.forbidden();
	}

	public String reason() {
		return this.decision.refusal();
	}

}
