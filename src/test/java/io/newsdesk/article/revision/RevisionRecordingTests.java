package io.newsdesk.article.revision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.newsdesk.article.Article;
import io.newsdesk.article.admin.ArticleEditor;
import io.newsdesk.article.admin.ArticleForm;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every save through the editor leaves an immutable revision with every field and who
 * saved it; the database itself refuses to rewrite one.
 */
@NewsdeskTest
class RevisionRecordingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleEditor editor;

	long world;

	long business;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.world = this.data.section("world").getId();
		this.business = this.data.section("business").getId();
		this.data.staffMember("ann", "EDITOR");
		this.jdbc.update("update staff_user set display_name = 'Ann Editor' where username = 'ann'");
	}

	@Test
	void everySaveStoresARevisionWithEveryFieldAndWhoSavedIt() throws Exception {
		Article related = this.data.anArticle().withHeadline("Earlier story").publishedAgo(Duration.ofDays(1)).save();
		Article other = this.data.anArticle().withHeadline("Another story").publishedAgo(Duration.ofDays(2)).save();
		this.mvc
			.perform(post("/admin/articles").with(csrf())
				.with(user("ann").roles("EDITOR"))
				.param("headline", "Markets rally")
				.param("slug", "markets-rally")
				.param("standfirst", "Shares rose.")
				.param("body", "The FTSE closed higher.")
				.param("sectionId", String.valueOf(this.world))
				.param("tags", "Markets, Economy")
				.param("byline", "A Reporter")
				.param("publishAt", "2030-01-02T09:30")
				.param("relatedIds", String.valueOf(other.getId()), String.valueOf(related.getId()))
				.param("action", "publish"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from article where slug = 'markets-rally'", Long.class);

		Map<String, Object> first = revision(id, 1);
		long annId = this.jdbc.queryForObject("select id from staff_user where username = 'ann'", Long.class);
		assertThat(first).containsEntry("saved_by_id", annId)
			.containsEntry("saved_by_username", "ann")
			.containsEntry("saved_by_name", "Ann Editor")
			.containsEntry("headline", "Markets rally")
			.containsEntry("slug", "markets-rally")
			.containsEntry("standfirst", "Shares rose.")
			.containsEntry("body_markdown", "The FTSE closed higher.")
			.containsEntry("section_id", this.world)
			.containsEntry("section_name", "World")
			.containsEntry("byline", "A Reporter")
			.containsEntry("status", "PUBLISHED")
			.containsEntry("tags", "Economy,Markets")
			.containsEntry("related", other.getId() + "," + related.getId());
		assertThat(((java.sql.Timestamp) first.get("publish_at")).toInstant())
			.isEqualTo(Instant.parse("2030-01-02T09:30:00Z"));
		assertThat(((java.sql.Timestamp) first.get("saved_at")).toInstant()).isEqualTo(
				this.jdbc.queryForObject("select updated_at from article where id = ?", java.sql.Timestamp.class, id)
					.toInstant());

		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, id);
		this.data.clock().advance(Duration.ofMinutes(3));
		this.mvc
			.perform(post("/admin/articles/" + id).with(csrf())
				.with(user("admin").roles("ADMIN"))
				.param("version", String.valueOf(version))
				.param("headline", "Markets rally again")
				.param("slug", "markets-rally")
				.param("standfirst", "Shares rose.")
				.param("body", "The FTSE closed higher.")
				.param("sectionId", String.valueOf(this.business))
				.param("tags", "Markets, Economy")
				.param("byline", "A Reporter")
				.param("publishAt", "")
				.param("action", "draft"))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> second = revision(id, 2);
		assertThat(second).containsEntry("saved_by_username", "admin")
			.containsEntry("headline", "Markets rally again")
			.containsEntry("section_name", "Business")
			.containsEntry("status", "DRAFT")
			.containsEntry("related", "")
			.containsEntry("changed", "HEADLINE,SECTION,STATUS,PUBLISH_AT,RELATED");
		assertThat(second.get("publish_at")).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from article_revision where article_id = ?", Integer.class,
				id))
			.isEqualTo(2);
	}

	@Test
	void systemSavesSuchAsTheDemoLoaderHaveNoAuthor() {
		ArticleForm form = new ArticleForm();
		form.setHeadline("Loaded by the system");
		form.setSectionId(this.world);
		Article saved = this.editor.publish(form, new BeanPropertyBindingResult(form, "form"));

		Map<String, Object> first = revision(saved.getId(), 1);
		assertThat(first.get("saved_by_id")).isNull();
		assertThat(first.get("saved_by_username")).isNull();
		assertThat(first).containsEntry("headline", "Loaded by the system");
	}

	@Test
	void revisionsCannotBeChangedOrDeletedButGoWithTheirArticle() {
		ArticleForm form = new ArticleForm();
		form.setHeadline("Immutable");
		form.setSectionId(this.world);
		Article saved = this.editor.publish(form, new BeanPropertyBindingResult(form, "form"));

		assertThatThrownBy(() -> this.jdbc
			.update("update article_revision set headline = 'Rewritten' where article_id = ?", saved.getId()))
			.hasMessageContaining("immutable");
		assertThatThrownBy(() -> this.jdbc.update("delete from article_revision where article_id = ?", saved.getId()))
			.hasMessageContaining("immutable");
		assertThat(revision(saved.getId(), 1)).containsEntry("headline", "Immutable");

		this.jdbc.update("delete from article where id = ?", saved.getId());
		assertThat(this.jdbc.queryForObject("select count(*) from article_revision where article_id = ?", Integer.class,
				saved.getId()))
			.isZero();
	}

	private Map<String, Object> revision(long articleId, int number) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select r.*, array_to_string(array(select t from unnest(r.tag_names) t order by t), ',') as tags, "
						+ "array_to_string(r.related_ids, ',') as related, "
						+ "array_to_string(r.changed_fields, ',') as changed "
						+ "from article_revision r where article_id = ? and number = ?",
				articleId, number);
		assertThat(rows).as("revision %s of article %s", number, articleId).hasSize(1);
		return rows.get(0);
	}

}
