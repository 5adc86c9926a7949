package io.newsdesk.article.admin;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static io.newsdesk.article.admin.ArticleFormPost.articleForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The article form's byline: staff authors in order, picked without JavaScript, and a
 * credit.
 */
@NewsdeskTest
class ArticleAuthorsFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ArticleRepository articles;

	@Autowired
	JdbcTemplate jdbc;

	long ann;

	long bo;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.ann = this.data.author("ann", "Ann Smith", "ann-smith", "");
		this.bo = this.data.author("bo", "Bo Lee", "bo-lee", "");
	}

	@Test
	void aNewArticleIsByWhoeverStartsIt() throws Exception {
		Document form = page(get("/admin/articles/new").with(user("bo").roles("WRITER")));

		assertThat(form.select("label[for=authorIds]").text()).isEqualTo("Authors");
		assertThat(form.select("#authorIds option[selected]").eachText()).containsExactly("Bo Lee");
		assertThat(form.select("#authorIds option").eachText()).contains("Ann Smith", "Bo Lee");
		assertThat(form.select("label[for=byline]").text()).isEqualTo("Credit");
		assertThat(form.select("#byline").val()).isEmpty();
	}

	@Test
	void authorsKeepTheOrderSetWithMoveButtonsAndTheCreditFollowsThem() throws Exception {
		ArticleFormPost typed = articleForm(this.data.section("world").getId())
			.with("authorIds", String.valueOf(this.ann), String.valueOf(this.bo))
			.with("byline", "Associated Press");

		Document moved = Jsoup.parse(this.mvc.perform(typed.with("move", "author-up:" + this.bo).publish())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(moved.select("[role=status]").text()).contains("Order changed");
		assertThat(moved.select("ol[aria-labelledby=author-order-heading] li > span").eachText())
			.containsExactly("Bo Lee", "Ann Smith");
		assertThat(this.articles.count()).isZero();

		ArticleFormPost reordered = articleForm(this.data.section("world").getId())
			.with("authorIds", String.valueOf(this.bo), String.valueOf(this.ann))
			.with("byline", "Associated Press");
		MockHttpServletResponse saved = this.mvc.perform(reordered.publish()).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);

		Article article = this.data.reload(this.articles.findAll().get(0));
		assertThat(article.getAuthorIds()).containsExactly(this.bo, this.ann);
		assertThat(article.getByline()).isEqualTo("Associated Press");
		assertThat(Html.page(this.mvc, article.url()).select(".story-meta .byline").text())
			.isEqualTo("By Bo Lee, Ann Smith and Associated Press");

		// The edit form shows them back in byline order.
		Document edit = page(get(saved.getRedirectedUrl()).with(user("admin").roles("ADMIN")));
		assertThat(edit.select("#authorIds option[selected]").eachText()).containsExactlyInAnyOrder("Ann Smith",
				"Bo Lee");
		assertThat(edit.select("ol[aria-labelledby=author-order-heading] li > span").eachText())
			.containsExactly("Bo Lee", "Ann Smith");
	}

	@Test
	void unknownAuthorsAreRefusedAndNothingIsSaved() throws Exception {
		ArticleFormPost typed = articleForm(this.data.section("world").getId()).with("authorIds",
				String.valueOf(this.ann), "999999");

		Document page = Jsoup.parse(this.mvc.perform(typed.publish()).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#authorIds-error").text())
			.isEqualTo("One of the chosen authors no longer exists. Check the list and save again.");
		assertThat(page.select("#headline").val()).isEqualTo("Markets rally as rates fall");
		assertThat(this.articles.count()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from article_author", Integer.class)).isZero();
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
