package io.newsdesk.article.admin;

import org.springframework.validation.Errors;

/**
 * A rule that needs the database failed; the errors are already on the form's binding
 * result.
 */
class ArticleFormRejectedException extends RuntimeException {

	private final transient Errors errors;

	ArticleFormRejectedException(Errors errors) {
		super("Article form rejected: "
				+ errors.getAllErrors().stream().map((error) -> error.getDefaultMessage()).toList());
		this.errors = errors;
	}

	Errors errors() {
		return this.errors;
	}

}
