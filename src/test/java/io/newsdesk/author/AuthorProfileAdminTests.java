package io.newsdesk.author;

import java.time.Duration;

import io.newsdesk.media.MediaUploads;
import io.newsdesk.media.TestImages;
import io.newsdesk.support.Html;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editing author profiles: everyone their own at /admin/profile, editors and admins
 * anyone's from /admin/authors; writers nobody else's.
 */
@NewsdeskTest
class AuthorProfileAdminTests {

	static final RequestPostProcessor ANN = user("ann").roles("WRITER");

	static final RequestPostProcessor EDITOR = user("eddie").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	long ann;

	long bo;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.ann = this.data.author("ann", "Ann Smith", "ann-smith", "");
		this.bo = this.data.author("bo", "Bo Lee", "bo-lee", "Bo writes on sport.");
		this.data.staffMember("eddie", "EDITOR");
	}

	@Test
	void aWriterEditsTheirOwnProfileAndReadersSeeItAtOnce() throws Exception {
		this.data.anArticle().withHeadline("Ann's story").byAuthors(this.ann).publishedAgo(Duration.ofHours(1)).save();
		// Warm the page cache: the change must show anyway.
		Html.page(this.mvc, "/articles/anns-story");

		Document form = page(get("/admin/profile").with(ANN));
		assertThat(form.select("#displayName").val()).isEqualTo("Ann Smith");
		assertThat(form.select("#slug").val()).isEqualTo("ann-smith");
		assertThat(form.select("label[for=bio]").text()).isEqualTo("Short bio");

		MockHttpServletResponse saved = send(profile("/admin/profile", "Ann Smith-Jones", "ann-smith-jones",
				"Diplomatic correspondent.\r\nBased in London.")
			.with(ANN));

		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/profile");
		Document page = Html.page(this.mvc, "/authors/ann-smith-jones");
		assertThat(page.select("main h1").text()).isEqualTo("Ann Smith-Jones");
		assertThat(page.select(".author-bio").text()).isEqualTo("Diplomatic correspondent. Based in London.");
		assertThat(Html.status(this.mvc, "/authors/ann-smith")).isEqualTo(404);
		assertThat(Html.page(this.mvc, "/articles/anns-story").select(".story-meta .byline a").attr("href"))
			.isEqualTo("/authors/ann-smith-jones");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where action = 'author.profile'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void badProfileInputIsRefusedWithMessagesAndNothingChanges() throws Exception {
		Document page = Jsoup
			.parse(send(profile("/admin/profile", " ", "Bo Lee!", "x".repeat(501)).with(ANN)).getContentAsString());

		assertThat(page.select("[role=alert]").text()).contains("not saved");
		assertThat(page.select("#displayName-error").text()).isEqualTo("Enter the name readers see in bylines.");
		assertThat(page.select("#slug-error").text()).contains("lower-case letters");
		assertThat(page.select("#bio-error").text()).isEqualTo("Keep the bio to 500 characters or fewer.");
		assertThat(page.select("#bio").text()).hasSize(501);

		Document taken = Jsoup
			.parse(send(profile("/admin/profile", "Ann", "bo-lee", "").with(ANN)).getContentAsString());
		assertThat(taken.select("#slug-error").text())
			.isEqualTo("Another author already uses this address. Choose another.");

		assertThat(Html.page(this.mvc, "/authors/ann-smith").select("main h1").text()).isEqualTo("Ann Smith");
		assertThat(Html.page(this.mvc, "/authors/bo-lee").select("main h1").text()).isEqualTo("Bo Lee");
	}

	@Test
	void aWriterChoosesAPhotoFromTheLibraryAndReadersSeeIt() throws Exception {
		this.data.staffMember("admin", "ADMIN");
		long photo = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(800, 500), "Ann Smith in the newsroom",
				"", "");

		Document form = page(get("/admin/profile").with(ANN));
		assertThat(form.select("label[for=photoMediaId]").text()).isEqualTo("Photo");
		assertThat(form.select("select#photoMediaId option").eachAttr("value")).containsExactly("", "" + photo);
		// Nothing selected, so browsers show (and send) the first option.
		assertThat(form.select("select#photoMediaId option[selected]")).isEmpty();
		assertThat(form.select("select#photoMediaId option").first().text()).isEqualTo("No photo");
		assertThat(Html.page(this.mvc, "/authors/ann-smith").select("main img")).isEmpty();

		MockHttpServletResponse saved = send(
				profile("/admin/profile", "Ann Smith", "ann-smith", "").param("photoMediaId", "" + photo).with(ANN));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/profile");
		assertThat(this.jdbc.queryForObject("select photo_media_id from author_profile where staff_user_id = ?",
				Long.class, this.ann))
			.isEqualTo(photo);

		Document page = Html.page(this.mvc, "/authors/ann-smith");
		Element img = page.selectFirst("main .author-photo img");
		assertThat(img).isNotNull();
		assertThat(img.attr("alt")).isEqualTo("Ann Smith in the newsroom");
		assertThat(img.attr("srcset")).contains(" 320w").contains(" 640w");
		assertThat(img.attr("sizes")).isNotBlank();
		assertThat(img.attr("width")).isEqualTo("320");
		assertThat(img.attr("height")).isEqualTo("200");
		assertThat(img.attr("src")).startsWith("/media/");
		assertThat(page.select("head script[type=application/ld+json]").html())
			.contains("\"image\":\"https://news.example.com/media/");
		// Bo has none: no image at all on his page.
		assertThat(Html.page(this.mvc, "/authors/bo-lee").select("main img")).isEmpty();

		Document again = page(get("/admin/profile").with(ANN));
		assertThat(again.select("select#photoMediaId option[selected]").val()).isEqualTo("" + photo);
		assertThat(again.select(".featured-preview img").attr("alt")).isEqualTo("Chosen: Ann Smith in the newsroom");

		send(profile("/admin/profile", "Ann Smith", "ann-smith", "").param("photoMediaId", "").with(ANN));
		assertThat(Html.page(this.mvc, "/authors/ann-smith").select("main img")).isEmpty();
		assertThat(this.jdbc.queryForObject("select photo_media_id from author_profile where staff_user_id = ?",
				Long.class, this.ann))
			.isNull();
	}

	@Test
	void anUnknownPhotoIsAFieldErrorAndNothingIsSaved() throws Exception {
		Document page = page(
				profile("/admin/profile", "Ann Smith-Jones", "ann-jones", "New bio.").param("photoMediaId", "999999")
					.with(ANN));

		assertThat(page.select("[role=alert]").text()).contains("not saved");
		assertThat(page.select("#photoMediaId-error").text())
			.isEqualTo("The chosen photo is not in the media library. Choose another or no photo.");
		assertThat(page.select("#photoMediaId").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#displayName").val()).isEqualTo("Ann Smith-Jones");
		assertThat(page.select("#slug").val()).isEqualTo("ann-jones");
		assertThat(page.select("#bio").text()).isEqualTo("New bio.");

		Document garbled = page(
				profile("/admin/profile", "Ann Smith-Jones", "ann-jones", "").param("photoMediaId", "abc").with(ANN));
		assertThat(garbled.select("#photoMediaId-error").text()).isEqualTo("Choose a photo from the list.");

		assertThat(this.jdbc.queryForMap("select slug, bio, photo_media_id from author_profile where staff_user_id = ?",
				this.ann))
			.containsEntry("slug", "ann-smith")
			.containsEntry("bio", "")
			.containsEntry("photo_media_id", null);
		assertThat(Html.page(this.mvc, "/authors/ann-smith").select("main h1").text()).isEqualTo("Ann Smith");
	}

	@Test
	void aWriterCannotSeeTheAuthorListOrEditSomeoneElsesProfile() throws Exception {
		assertThat(send(get("/admin/authors").with(ANN)).getStatus()).isEqualTo(403);
		assertThat(send(get("/admin/authors/" + this.bo + "/edit").with(ANN)).getStatus()).isEqualTo(403);
		assertThat(send(profile("/admin/authors/" + this.bo, "Hacked", "hacked", "").with(ANN)).getStatus())
			.isEqualTo(403);

		assertThat(Html.page(this.mvc, "/authors/bo-lee").select("main h1").text()).isEqualTo("Bo Lee");
		assertThat(Html.status(this.mvc, "/authors/hacked")).isEqualTo(404);
	}

	@Test
	void anEditorListsAuthorsAndEditsAnyProfile() throws Exception {
		Document list = page(get("/admin/authors").with(EDITOR));
		assertThat(Html.texts(list, "main td:first-child")).contains("Ann Smith", "Bo Lee");

		String editUrl = list.select("main tr:has(td:contains(Bo Lee)) a:contains(Edit profile)").attr("href");
		assertThat(editUrl).isEqualTo("/admin/authors/" + this.bo + "/edit");
		assertThat(page(get(editUrl).with(EDITOR)).select("#bio").text()).isEqualTo("Bo writes on sport.");

		MockHttpServletResponse saved = send(
				profile("/admin/authors/" + this.bo, "Bo Lee", "bo-lee", "Chief sports writer.").with(EDITOR));

		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/authors/" + this.bo + "/edit");
		assertThat(Html.page(this.mvc, "/authors/bo-lee").select(".author-bio").text())
			.isEqualTo("Chief sports writer.");
		assertThat(send(get("/admin/authors/999999/edit").with(EDITOR)).getStatus()).isEqualTo(404);
	}

	@Test
	void newAccountsGetAnAuthorPageFromTheirName() throws Exception {
		this.jdbc.update("insert into staff_user (username, display_name, password_hash, role) "
				+ "values ('renee', 'Renée O''Brien', '{noop}x', 'WRITER'), ('renee2', 'Renée O''Brien', '{noop}x', 'WRITER')");

		assertThat(Html.page(this.mvc, "/authors/renee-obrien").select("main h1").text()).isEqualTo("Renée O'Brien");
		Long second = this.jdbc.queryForObject("select id from staff_user where username = 'renee2'", Long.class);
		assertThat(Html.page(this.mvc, "/authors/renee-obrien-" + second).select("main h1").text())
			.isEqualTo("Renée O'Brien");
		this.jdbc.update("delete from staff_user where username in ('renee', 'renee2')");
	}

	private static MockHttpServletRequestBuilder profile(String url, String name, String slug, String bio) {
		return post(url).param("displayName", name).param("slug", slug).param("bio", bio).with(csrf());
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = send(request);
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
