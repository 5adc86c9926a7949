package io.newsdesk.media;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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
import org.springframework.test.web.servlet.RequestBuilder;

import static io.newsdesk.media.MediaUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Uploading to the media library through the form, against the real database: what is
 * accepted becomes metadata-free renditions at their real widths, served with a year-long
 * immutable cache lifetime; every refusal says why, keeps the typed text and stores
 * nothing.
 */
@NewsdeskTest
class MediaUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.staffMember("admin", "ADMIN");
	}

	@Test
	void uploadedPhotoIsResizedToEachWidthWithoutUpscaling() throws Exception {
		long id = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(2000, 1000), "A harbour at dawn",
				"Boats leave at first light.", "Jane Doe/Reuters");

		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select width, height, file_name, content_type from media_rendition where media_id = ? order by width",
				id);
		assertThat(rows).extracting((r) -> r.get("width")).containsExactly(320, 640, 1024, 1600);
		for (Map<String, Object> row : rows) {
			MockHttpServletResponse served = fetch("/media/" + row.get("file_name"));
			assertThat(served.getContentType()).isEqualTo("image/jpeg");
			var image = ImageIO.read(new ByteArrayInputStream(served.getContentAsByteArray()));
			assertThat(image.getWidth()).isEqualTo(row.get("width"));
			assertThat(image.getHeight()).isEqualTo((int) row.get("width") / 2).isEqualTo(row.get("height"));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where action = 'media.upload'",
				Integer.class))
			.isOne();
	}

	@Test
	void narrowerOriginalKeepsItsOwnWidthAsTheLargest() throws Exception {
		long id = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.png(500, 250), "A chart", "", "");

		assertThat(this.jdbc.queryForList("select width from media_rendition where media_id = ? order by width",
				Integer.class, id))
			.containsExactly(320, 500);
	}

	@Test
	void exifGpsIsRemovedFromEveryServedSize() throws Exception {
		byte[] withGps = TestImages.jpegWithGps(800, 600);
		assertThat(TestImages.contains(withGps, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1))).isTrue();

		long id = MediaUploads.uploaded(this.mvc, this.jdbc, withGps, "A protest outside parliament", "", "");

		List<String> names = this.jdbc.queryForList("select file_name from media_rendition where media_id = ?",
				String.class, id);
		assertThat(names).hasSize(3);
		for (String name : names) {
			byte[] served = fetch("/media/" + name).getContentAsByteArray();
			assertThat(TestImages.contains(served, "Exif".getBytes(StandardCharsets.ISO_8859_1))).as(name).isFalse();
			assertThat(TestImages.contains(served, new byte[] { (byte) 0xff, (byte) 0xe1 })).as("APP1 in " + name)
				.isFalse();
		}
	}

	@Test
	void phonePortraitIsTurnedUprightBeforeItsExifIsDropped() throws Exception {
		long id = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpegWithOrientation(800, 400, 6), "A portrait",
				"", "");

		assertThat(this.jdbc.queryForList(
				"select width || 'x' || height from media_rendition where media_id = ? " + "order by width",
				String.class, id))
			.containsExactly("320x640", "400x800");
		assertThat(this.jdbc.queryForObject("select width || 'x' || height from media_asset where id = ?", String.class,
				id))
			.isEqualTo("400x800");
	}

	@Test
	void imagesWithTransparencyStayPngAndGifsBecomeTheirFirstFrameAsPng() throws Exception {
		long alpha = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.pngWithAlpha(400, 200), "A logo", "", "");
		long gif = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.gif(300, 300), "A diagram", "", "");
		long opaque = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.png(300, 300), "A photo as PNG", "", "");

		assertThat(contentTypesOf(alpha)).containsOnly("image/png");
		assertThat(contentTypesOf(gif)).containsOnly("image/png");
		assertThat(contentTypesOf(opaque)).containsOnly("image/jpeg");
	}

	@Test
	void webpIsReadAndServedAsJpeg() throws Exception {
		long id = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.webp(), "A single pixel", "", "");

		assertThat(contentTypesOf(id)).containsExactly("image/jpeg");
		assertThat(this.jdbc.queryForObject("select source_format from media_asset where id = ?", String.class, id))
			.isEqualTo("webp");
	}

	@Test
	void renditionsAreServedImmutableForAYearWithTypeEtagAndNosniff() throws Exception {
		long id = MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(400, 300), "A street", "", "");
		String name = this.jdbc.queryForObject("select file_name from media_rendition where media_id = ? limit 1",
				String.class, id);
		assertThat(name).matches("[0-9a-f]{20}-\\d+\\.jpg");

		MockHttpServletResponse served = fetch("/media/" + name);
		assertThat(served.getHeader("Cache-Control")).contains("max-age=31536000")
			.contains("public")
			.contains("immutable");
		assertThat(served.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(served.getContentType()).isEqualTo("image/jpeg");
		String etag = served.getHeader("ETag");
		assertThat(etag).isNotBlank();

		assertThat(this.mvc.perform(get("/media/" + name).header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
	}

	@Test
	void unknownOrMalformedMediaNamesAre404() throws Exception {
		for (String url : List.of("/media/0123456789abcdef0123-320.jpg", "/media/nothing.jpg",
				"/media/0123456789abcdef0123-320.svg")) {
			assertThat(this.mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url).isEqualTo(404);
		}
		// Encoded slashes never reach us: Spring Security's firewall answers 400.
		assertThat(this.mvc.perform(get("/media/..%2F..%2Fetc%2Fpasswd")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void writersMayUploadToo() throws Exception {
		this.data.staffMember("writer1", "WRITER");
		int status = this.mvc
			.perform(upload("a.png", "image/png", TestImages.png(100, 100), "A map")
				.with(user("writer1").roles("WRITER")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select uploaded_by from media_asset", String.class)).isEqualTo("writer1");
	}

	@Test
	void altTextIsRequiredAndTheOtherFieldsAreKept() throws Exception {
		Document form = refused(upload("photo.jpg", "image/jpeg", TestImages.jpeg(200, 100), "   ")
			.param("caption", "Crowds at the gate")
			.param("credit", "AP"));

		assertThat(form.select("#alt-error").text()).contains("alt text is required");
		assertThat(form.select("#caption").text()).isEqualTo("Crowds at the gate");
		assertThat(form.select("#credit").val()).isEqualTo("AP");
	}

	@Test
	void missingFileIsRefused() throws Exception {
		Document form = refused(upload("", "application/octet-stream", new byte[0], "Something"));
		assertThat(form.select("#file-error").text()).contains("Choose an image file");
		assertThat(form.select("#alt").text()).isEqualTo("Something");
	}

	@Test
	void oversizedFileIsRefusedWithTheLimit() throws Exception {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(TestImages.jpeg(10, 10), 0, big, 0, 100);
		Document form = refused(upload("big.jpg", "image/jpeg", big, "Big picture").param("caption", "Kept"));

		assertThat(form.select("#file-error").text()).contains("10.0 MB").contains("largest accepted");
		assertThat(form.select("#caption").text()).isEqualTo("Kept");
	}

	@Test
	void corruptImageIsRefused() throws Exception {
		Document form = refused(upload("photo.png", "image/png", TestImages.truncatedPng(), "Damaged"));
		assertThat(form.select("#file-error").text()).contains("damaged or incomplete");
	}

	@Test
	void textFileRenamedJpgIsRefused() throws Exception {
		byte[] text = "Minutes of the editorial meeting, 20 June.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
		Document form = refused(upload("holiday.jpg", "image/jpeg", text, "Holiday"));
		assertThat(form.select("#file-error").text()).contains("not a JPEG, PNG, GIF or WebP image");
	}

	@Test
	void svgIsRefusedEvenNamedPng() throws Exception {
		byte[] svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		Document form = refused(upload("logo.png", "image/png", svg, "Logo"));
		assertThat(form.select("#file-error").text()).contains("SVG");
	}

	@Test
	void htmlPolyglotsAreRefused() throws Exception {
		byte[] gifHeaderThenPage = "GIF89a<html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.ISO_8859_1);
		Document first = refused(upload("x.gif", "image/gif", gifHeaderThenPage, "Polyglot"));
		assertThat(first.select("#file-error").text()).contains("HTML or script");

		byte[] jpegWithPage = TestImages.concat(TestImages.jpeg(50, 50),
				"<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1));
		Document second = refused(upload("x.jpg", "image/jpeg", jpegWithPage, "Polyglot"));
		assertThat(second.select("#file-error").text()).contains("HTML or script");
	}

	@Test
	void decompressionBombsAreRefusedFromTheHeader() throws Exception {
		byte[] huge = TestImages.pngHeaderClaiming(100_000, 100_000);
		assertThat(huge.length).isLessThan(100);
		Document sides = refused(upload("bomb.png", "image/png", huge, "Bomb"));
		assertThat(sides.select("#file-error").text()).contains("100,000 × 100,000 pixels").contains("Resize it");

		// Each side within 12,000 but 50 megapixels in all.
		Document area = refused(upload("wide.png", "image/png", TestImages.pngHeaderClaiming(10_000, 5_000), "Wide"));
		assertThat(area.select("#file-error").text()).contains("10,000 × 5,000 pixels");
	}

	@Test
	void libraryListsNewestFirstAndSearchesAltCaptionAndCredit() throws Exception {
		MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(200, 100), "Firefighters at the warehouse", "", "");
		MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(200, 100), "A cat", "Rescued 100% unharmed", "");
		MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(200, 100), "A dog", "", "Jane Doe/Reuters");

		Document all = page("/admin/media");
		assertThat(all.select(".media-alt span:not(.visually-hidden)").eachText()).containsExactly("A dog", "A cat",
				"Firefighters at the warehouse");
		assertThat(all.select(".media-item img").first().attr("loading")).isEqualTo("lazy");
		assertThat(all.select(".media-reference code").eachText())
			.allMatch((code) -> code.matches("!\\[]\\(media:\\d+\\)"));

		assertThat(page("/admin/media?q=WAREHOUSE").select(".media-alt span:not(.visually-hidden)").eachText())
			.containsExactly("Firefighters at the warehouse");
		assertThat(page("/admin/media?q=reuters").select(".media-alt span:not(.visually-hidden)").eachText())
			.containsExactly("A dog");
		assertThat(page("/admin/media?q={q}", "100%").select(".media-alt span:not(.visually-hidden)").eachText())
			.containsExactly("A cat");
		assertThat(page("/admin/media?q=nothing-like-this").select(".empty").text()).contains("No images match");
	}

	@Test
	void hostileAltTextIsEscapedInTheLibrary() throws Exception {
		String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
		MediaUploads.uploaded(this.mvc, this.jdbc, TestImages.jpeg(200, 100), hostile, hostile, hostile);

		String html = this.mvc.perform(get("/admin/media").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
		Document page = Jsoup.parse(html);
		assertThat(page.select(".media-item img").attr("alt")).isEqualTo(hostile);
		assertThat(page.select("script")).isEmpty();
	}

	@Test
	void anonymousVisitorsCannotReachTheLibrary() throws Exception {
		int status = this.mvc.perform(get("/admin/media")).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(302);
	}

	private List<String> contentTypesOf(long id) {
		return this.jdbc.queryForList("select distinct content_type from media_rendition where media_id = ?",
				String.class, id);
	}

	private MockHttpServletResponse fetch(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	private Document page(String url, Object... variables) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url, variables).with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** Posts an upload that must be refused: form shown again, nothing stored. */
	private Document refused(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("h1").text()).isEqualTo("Upload an image");
		assertThat(form.select(".alert").text()).contains("The image was not uploaded");
		assertThat(this.jdbc.queryForObject("select count(*) from media_asset", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from media_file", Integer.class)).isZero();
		return form;
	}

}
