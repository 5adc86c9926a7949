package io.newsdesk.media;

import java.nio.charset.StandardCharsets;

import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editing an image's alt text, caption and credit at /admin/media/{id}: articles that
 * place it in their body (rendered at save time) or feature it show the new text at once,
 * even with the page cache warm, and without a new revision of the story.
 */
@NewsdeskTest
class MediaEditTests {

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
		this.data.staffMember("admin", "ADMIN");
		this.data.staffMember("editor", "EDITOR");
		this.data.staffMember("writer", "WRITER");
		this.world = this.data.section("world").getId();
	}

	@Test
	void aNewCaptionShowsInEveryArticleThatPlacesOrFeaturesTheImageWithTheCacheWarm() throws Exception {
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(1200, 800), "Flooded high street",
				"Water reached the shop windows.", "Environment Agency");
		publish("Floods in York", "The river rose.\n\n![](media:" + image + ")\n\nMore rain is due.", null);
		publish("Flood defences", "Barriers went up.", image);
		publish("Unrelated story", "Nothing to see.", null);
		for (String url : new String[] { "/articles/floods-in-york", "/articles/flood-defences" }) {
			Html.page(this.mvc, url);
			assertThat(this.mvc.perform(get(url)).andReturn().getResponse().getHeader("X-Cache")).isEqualTo("HIT");
		}
		Integer versionBefore = this.jdbc.queryForObject("select version from article where slug = 'floods-in-york'",
				Integer.class);
		Integer revisionsBefore = this.jdbc.queryForObject("select count(*) from article_revision", Integer.class);

		MockHttpServletResponse saved = this.mvc
			.perform(edit(image, "editor").param("alt", "Shops under water on Ouse Street")
				.param("caption", "By noon the water had reached the first floor.")
				.param("credit", "Jane Doe/Reuters"))
			.andReturn()
			.getResponse();

		assertThat(saved.getStatus()).isEqualTo(302);
		Document body = Html.page(this.mvc, "/articles/floods-in-york");
		assertThat(body.select(".story-body figure.media figcaption").text())
			.isEqualTo("By noon the water had reached the first floor. Jane Doe/Reuters");
		assertThat(body.select(".story-body figure.media img").attr("alt"))
			.isEqualTo("Shops under water on Ouse Street");
		Document featured = Html.page(this.mvc, "/articles/flood-defences");
		assertThat(featured.select("figure.story-figure figcaption").text())
			.isEqualTo("By noon the water had reached the first floor. Jane Doe/Reuters");
		assertThat(featured.select("figure.story-figure img").attr("alt"))
			.isEqualTo("Shops under water on Ouse Street");
		assertThat(featured.select("meta[property=og:image:alt]").attr("content"))
			.isEqualTo("Shops under water on Ouse Street");
		// The story itself did not change: an editor with it open gets no conflict.
		assertThat(this.jdbc.queryForObject("select version from article where slug = 'floods-in-york'", Integer.class))
			.isEqualTo(versionBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from article_revision", Integer.class))
			.isEqualTo(revisionsBefore);
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_entry where action = 'media.edit' and actor_username = 'editor'",
				String.class))
			.isEqualTo("Changed alt text, caption, credit");
	}

	@Test
	void aBodyEditedToDropTheImageIsNoLongerRenderedForIt() throws Exception {
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(800, 600), "Old alt", "Old caption",
				"");
		publish("Picture story", "![](media:" + image + ")", null);
		assertThat(this.jdbc.queryForObject("select count(*) from article_body_media where media_id = ?", Integer.class,
				image))
			.isOne();
		long id = this.jdbc.queryForObject("select id from article where slug = 'picture-story'", Long.class);
		Integer version = this.jdbc.queryForObject("select version from article where id = ?", Integer.class, id);
		MockHttpServletResponse saved = this.mvc
			.perform(articleForm("/admin/articles/" + id, "Picture story").param("body", "No picture now.")
				.param("version", String.valueOf(version))
				.param("action", "publish")
				.param("slug", "picture-story"))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from article_body_media where media_id = ?", Integer.class,
				image))
			.isZero();
	}

	@Test
	void bodiesSavedBeforeTheReferenceTableAreFoundThroughTheMigrationsBackfill() throws Exception {
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(800, 600), "Old alt", "Old caption",
				"");
		// Written without ArticleEditor, as every body was before migration V26.
		this.data.anArticle()
			.withHeadline("Archive story")
			.withSlug("archive-story")
			.withBody("From the archive.\n\n![](media:" + image + ")\n\nSee also media:" + (image + 1000))
			.save();
		String migration = new ClassPathResource("db/migration/V26__create_article_body_media.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		this.jdbc.update(migration.substring(migration.indexOf("insert into article_body_media")));
		assertThat(this.jdbc.queryForList("select media_id from article_body_media", Long.class))
			.containsExactly(image);

		this.mvc.perform(edit(image, "editor").param("alt", "Old alt").param("caption", "New caption"));

		assertThat(Html.page(this.mvc, "/articles/archive-story").select(".story-body figure.media figcaption").text())
			.isEqualTo("New caption");
	}

	@Test
	void altTextStaysRequiredAndWhatWasTypedIsKept() throws Exception {
		long image = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(400, 300), "Before", "", "");

		MockHttpServletResponse response = this.mvc
			.perform(edit(image, "editor").param("alt", "  ").param("caption", "A caption typed").param("credit", "PA"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#alt-error").text()).contains("alt text is required");
		assertThat(form.select("#caption").text()).isEqualTo("A caption typed");
		assertThat(form.select("#credit").val()).isEqualTo("PA");
		assertThat(this.jdbc.queryForObject("select alt_text from media_asset where id = ?", String.class, image))
			.isEqualTo("Before");
	}

	@Test
	void writersEditTheTextOfTheirOwnUploadsOnly() throws Exception {
		long editorsImage = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(400, 300), "The editor's", "",
				"");
		this.jdbc.update("update media_asset set uploaded_by = 'editor' where id = ?", editorsImage);
		long writersImage = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(400, 300), "The writer's", "",
				"");
		this.jdbc.update("update media_asset set uploaded_by = 'writer' where id = ?", writersImage);

		assertThat(this.mvc.perform(get("/admin/media/" + editorsImage).with(user("writer").roles("WRITER")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(edit(editorsImage, "writer").param("alt", "Changed"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(
				this.jdbc.queryForObject("select alt_text from media_asset where id = ?", String.class, editorsImage))
			.isEqualTo("The editor's");
		assertThat(this.mvc.perform(edit(writersImage, "writer").param("alt", "Mine, corrected"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(
				this.jdbc.queryForObject("select alt_text from media_asset where id = ?", String.class, writersImage))
			.isEqualTo("Mine, corrected");

		Document library = Jsoup.parse(this.mvc.perform(get("/admin/media").with(user("writer").roles("WRITER")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(library.select(".media-edit a").eachAttr("href")).containsExactly("/admin/media/" + writersImage);
	}

	@Test
	void anUnknownImageIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/admin/media/999999").with(user("editor").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private MockHttpServletRequestBuilder edit(long image, String username) {
		String role = switch (username) {
			case "writer" -> "WRITER";
			case "editor" -> "EDITOR";
			default -> "ADMIN";
		};
		return post("/admin/media/" + image).with(csrf()).with(user(username).roles(role));
	}

	private MockHttpServletRequestBuilder articleForm(String url, String headline) {
		return post(url).param("headline", headline)
			.param("standfirst", "A standfirst.")
			.param("sectionId", String.valueOf(this.world))
			.param("tags", "")
			.param("byline", "A Reporter")
			.param("publishAt", "")
			.with(csrf())
			.with(user("admin").roles("ADMIN"));
	}

	private void publish(String headline, String body, Long featured) throws Exception {
		MockHttpServletRequestBuilder form = articleForm("/admin/articles", headline).param("slug", "")
			.param("version", "")
			.param("body", body)
			.param("action", "publish");
		if (featured != null) {
			form.param("featuredMediaId", String.valueOf(featured));
		}
		MockHttpServletResponse response = this.mvc.perform(form).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
	}

}
