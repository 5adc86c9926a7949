package io.newsdesk.article.admin;

import java.util.Arrays;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The article form as a browser posts it, filled with sensible values a test overrides,
 * sent by a logged-in admin with a CSRF token.
 */
final class ArticleFormPost {

	private final MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();

	private ArticleFormPost() {
	}

	static ArticleFormPost articleForm(long sectionId) {
		return new ArticleFormPost().with("headline", "Markets rally as rates fall")
			.with("slug", "")
			.with("standfirst", "Shares rose across Europe.")
			.with("body", "The FTSE 100 closed higher.\n\nTraders cheered the news.")
			.with("sectionId", String.valueOf(sectionId))
			.with("tags", "")
			.with("byline", "A Reporter")
			.with("publishAt", "")
			.with("version", "");
	}

	ArticleFormPost with(String name, String... values) {
		this.fields.put(name, Arrays.asList(values));
		return this;
	}

	ArticleFormPost withRelated(Long... ids) {
		this.fields.put("relatedIds", Arrays.stream(ids).map(String::valueOf).toList());
		return this;
	}

	ArticleFormPost withVersion(long version) {
		return with("version", String.valueOf(version));
	}

	/** The fields as posted, for requests built by hand (another user, no button). */
	MultiValueMap<String, String> fields() {
		return this.fields;
	}

	String get(String name) {
		return this.fields.getFirst(name);
	}

	/** Pressing "Publish" on the new-article form. */
	MockHttpServletRequestBuilder publish() {
		return press("/admin/articles", "publish");
	}

	/** Pressing "Save draft" on the new-article form. */
	MockHttpServletRequestBuilder saveDraft() {
		return press("/admin/articles", "draft");
	}

	MockHttpServletRequestBuilder publish(long articleId) {
		return press("/admin/articles/" + articleId, "publish");
	}

	MockHttpServletRequestBuilder saveDraft(long articleId) {
		return press("/admin/articles/" + articleId, "draft");
	}

	/** Posting with the given button value to an article's form (a new one if null). */
	MockHttpServletRequestBuilder press(Long articleId, String button) {
		return press((articleId != null) ? "/admin/articles/" + articleId : "/admin/articles", button);
	}

	private MockHttpServletRequestBuilder press(String url, String button) {
		return post(url).params(this.fields).param("action", button).with(csrf()).with(user("admin").roles("ADMIN"));
	}

}
