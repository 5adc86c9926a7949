package io.newsdesk.article.admin;

import java.time.Duration;
import java.util.List;

import io.newsdesk.article.Article;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.newsdesk.article.admin.ArticleFormPost.articleForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two people editing one article: the conflict page after a stale save shows both
 * versions and lets the second editor keep theirs, take the other or merge; the edit page
 * says who else has the article open.
 */
@NewsdeskTest
class EditConflictPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	long world;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.world = this.data.section("world").getId();
		this.data.staffMember("ann", "EDITOR");
		this.data.staffMember("bob", "EDITOR");
		this.jdbc.update("update staff_user set display_name = 'Ann Editor' where username = 'ann'");
		this.jdbc.update("update staff_user set display_name = 'Bob Editor' where username = 'bob'");
	}

	@Test
	void theConflictPageShowsBothVersionsAndWhoSavedTheCurrentOne() throws Exception {
		Article article = this.data.anArticle().withHeadline("Original").withBody("Original body.").save();
		String opened = editForm(article, admin()).document().select("input[name=version]").val();
		this.mvc
			.perform(articleForm(this.world).with("headline", "Colleague's headline")
				.with("body", "The colleague's <em>careful</em> body.")
				.with("version", opened)
				.publish(article.getId()))
			.andExpect(status().is3xxRedirection());

		HtmlPage conflict = HtmlPage.of(
				this.mvc
					.perform(articleForm(this.world).with("headline", "My headline")
						.with("body", "My carefully typed body.")
						.with("version", opened)
						.publish(article.getId()))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(conflict.alert()).contains("Someone else saved this article after you opened it");
		assertThat(conflict.valueOf("Headline")).isEqualTo("My headline");
		assertThat(conflict.valueOf("Body")).isEqualTo("My carefully typed body.");
		assertThat(conflict.document().select(".conflict").text()).contains("saved by Administrator")
			.contains("Keep mine")
			.contains("Take theirs")
			.contains("Merge by hand");
		List<String> rows = conflict.document().select(".conflict-table tbody tr").eachText();
		assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("Headline")
			.contains("My headline")
			.contains("Colleague's headline"));
		assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("Body")
			.contains("My carefully typed body.")
			.contains("The colleague's <em>careful</em> body."));
		assertThat(conflict.document().select(".conflict-table .theirs mark").eachText()).contains("Colleague's");
		assertThat(conflict.document().select(".conflict-table .mine mark").eachText()).contains("My");
		assertThat(conflict.document().select(".conflict-table em")).as("their text is escaped").isEmpty();
		assertThat(conflict.field("Body").closest(".field").select(".conflict-current").text())
			.contains("The colleague's <em>careful</em> body.");
		assertThat(conflict.field("Credit").closest(".field").select(".conflict-current")).as("same in both").isEmpty();
		assertThat(conflict.document().select(".conflict a:contains(open the current version)").attr("href"))
			.isEqualTo("/admin/articles/" + article.getId() + "/edit");

		Article stored = this.data.reload(article);
		assertThat(stored.getHeadline()).isEqualTo("Colleague's headline");
		assertThat(conflict.document().select("input[name=version]").val())
			.isEqualTo(String.valueOf(stored.getVersion()));
	}

	@Test
	void keepMineSavesOverTheCurrentVersionKnowingly() throws Exception {
		Article article = this.data.anArticle().withHeadline("Original").save();
		long opened = article.getVersion();
		this.mvc
			.perform(articleForm(this.world).with("headline", "Theirs").withVersion(opened).publish(article.getId()))
			.andExpect(status().is3xxRedirection());
		HtmlPage conflict = HtmlPage.of(this.mvc
			.perform(articleForm(this.world).with("headline", "Mine").withVersion(opened).publish(article.getId()))
			.andExpect(status().isOk())
			.andReturn());

		String current = conflict.document().select("input[name=version]").val();
		this.mvc
			.perform(articleForm(this.world).with("headline", conflict.valueOf("Headline"))
				.with("version", current)
				.publish(article.getId()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.data.reload(article).getHeadline()).isEqualTo("Mine");
		assertThat(this.jdbc.queryForList("select headline from article_revision where article_id = ? order by number",
				String.class, article.getId()))
			.containsExactly("Theirs", "Mine");
	}

	@Test
	void theEditPageSaysWhoElseOpenedItInTheLastFiveMinutes() throws Exception {
		Article article = this.data.anArticle().withHeadline("Busy story").save();

		assertThat(presenceNote(article, ann())).as("nobody else yet").isEmpty();
		this.data.clock().advance(Duration.ofMinutes(1));
		assertThat(presenceNote(article, bob())).contains("Ann Editor is also editing this article.");
		assertThat(presenceNote(article, ann())).as("not yourself")
			.contains("Bob Editor is also editing this article.")
			.doesNotContain("Ann Editor");

		this.data.clock().advance(Duration.ofMinutes(4).plusSeconds(30));
		assertThat(presenceNote(article, admin())).contains("Ann Editor and Bob Editor are also editing this article.");

		this.data.clock().advance(Duration.ofMinutes(6));
		assertThat(presenceNote(article, bob())).as("older than five minutes").isEmpty();
	}

	private String presenceNote(Article article, RequestPostProcessor who) throws Exception {
		return editForm(article, who).document().select(".presence").text();
	}

	private HtmlPage editForm(Article article, RequestPostProcessor who) throws Exception {
		return HtmlPage.of(this.mvc.perform(get("/admin/articles/" + article.getId() + "/edit").with(who))
			.andExpect(status().isOk())
			.andReturn());
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private static RequestPostProcessor ann() {
		return user("ann").roles("EDITOR");
	}

	private static RequestPostProcessor bob() {
		return user("bob").roles("EDITOR");
	}

}
