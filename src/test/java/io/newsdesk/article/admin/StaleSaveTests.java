package io.newsdesk.article.admin;

import io.newsdesk.article.Article;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.newsdesk.article.admin.ArticleFormPost.articleForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two editors open the same article; the second to save must not silently overwrite the
 * first (the form carries the version it was opened at, JPA's @Version backs it up).
 */
@NewsdeskTest
class StaleSaveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	long world;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.world = this.data.section("world").getId();
	}

	@Test
	void savingAFormOpenedBeforeSomeoneElseSavedIsRefusedAndKeepsBothTexts() throws Exception {
		Article article = this.data.anArticle().withHeadline("Original").withBody("Original body.").save();
		String openedVersion = editForm(article).field("Headline").closest("form").select("input[name=version]").val();

		this.mvc
			.perform(articleForm(this.world).with("headline", "Colleague's headline")
				.with("body", "Colleague's body.")
				.with("version", openedVersion)
				.publish(article.getId()))
			.andExpect(status().is3xxRedirection());

		HtmlPage refused = HtmlPage.of(
				this.mvc
					.perform(articleForm(this.world).with("headline", "My headline")
						.with("body", "My carefully typed body.")
						.with("tags", "Mine")
						.with("version", openedVersion)
						.publish(article.getId()))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(refused.alert()).contains("Someone else saved this article after you opened it")
			.contains("your changes were not saved");
		assertThat(refused.document().select("[role=alert] a").attr("href"))
			.isEqualTo("/admin/articles/" + article.getId() + "/edit");
		assertThat(refused.valueOf("Headline")).isEqualTo("My headline");
		assertThat(refused.valueOf("Body")).isEqualTo("My carefully typed body.");
		assertThat(refused.valueOf("Tags")).isEqualTo("Mine");

		Article stored = this.data.reload(article);
		assertThat(stored.getHeadline()).isEqualTo("Colleague's headline");
		assertThat(stored.getBodyMarkdown()).isEqualTo("Colleague's body.");
		assertThat(stored.getTags()).isEmpty();
		assertThat(editForm(article).valueOf("Headline")).as("the latest version opens")
			.isEqualTo("Colleague's headline");
	}

	@Test
	void theRefusalSticksUntilTheEditorOpensTheLatestVersion() throws Exception {
		Article article = this.data.anArticle().withHeadline("Original").save();
		long opened = article.getVersion();
		this.mvc
			.perform(articleForm(this.world).with("headline", "Second").withVersion(opened).publish(article.getId()))
			.andExpect(status().is3xxRedirection());

		for (int attempt = 0; attempt < 2; attempt++) {
			this.mvc
				.perform(articleForm(this.world).with("headline", "Stale").withVersion(opened).publish(article.getId()))
				.andExpect(status().isOk());
		}
		long latest = this.data.reload(article).getVersion();
		this.mvc.perform(articleForm(this.world).with("headline", "Third").withVersion(latest).publish(article.getId()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.data.reload(article).getHeadline()).isEqualTo("Third");
	}

	@Test
	void aFormWithoutAVersionCannotOverwriteAnArticle() throws Exception {
		Article article = this.data.anArticle().withHeadline("Original").save();

		this.mvc.perform(articleForm(this.world).with("headline", "Blind overwrite").publish(article.getId()))
			.andExpect(status().isOk());

		assertThat(this.data.reload(article).getHeadline()).isEqualTo("Original");
	}

	private HtmlPage editForm(Article article) throws Exception {
		return HtmlPage
			.of(this.mvc.perform(get("/admin/articles/" + article.getId() + "/edit").with(user("admin").roles("ADMIN")))
				.andExpect(status().isOk())
				.andReturn());
	}

}
