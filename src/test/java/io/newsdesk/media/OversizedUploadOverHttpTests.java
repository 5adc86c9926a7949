package io.newsdesk.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files far over the upload limit, sent through the real container the way a browser
 * without JavaScript sends them (the file first, then the text fields): the editor must
 * see the limit and the file's size with everything typed kept, at any size, not a bare
 * refusal or a reset connection.
 */
@NewsdeskTest
class OversizedUploadOverHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeEach
	void reset() {
		this.data.reset();
		this.data.staffMember("uploader", "EDITOR");
	}

	@Test
	void aThirtyMegabyteFileGetsTheLimitMessageAndKeepsEverythingTyped() throws Exception {
		assertRefusedWithSizeAndTextKept(30, "The file is 30.0 MB; the largest accepted is 10.0 MB");
	}

	@Test
	void aSixtyMegabyteFileGetsTheLimitMessageAndKeepsEverythingTyped() throws Exception {
		assertRefusedWithSizeAndTextKept(60, "The file is 60.0 MB; the largest accepted is 10.0 MB");
	}

	@Test
	void aTwoHundredMegabyteFileGetsTheLimitMessageAndKeepsEverythingTyped() throws Exception {
		assertRefusedWithSizeAndTextKept(200, "The file is 200.0 MB; the largest accepted is 10.0 MB");
	}

	@Test
	void aFileWithinTheLimitIsUploadedThroughTheRealContainer() throws Exception {
		logIn();
		Document page = Jsoup.parse(get("/admin/media/new").body());
		byte[] photo = TestImages.jpeg(400, 300);
		HttpResponse<String> response = postUpload(page.select("form[enctype]").attr("action"), photo.length,
				new ByteArrayInputStream(photo));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select caption from media_asset", String.class))
			.isEqualTo("Smoke over the docks at dawn");
	}

	@Test
	void theUploadPageChecksTheSizeWithAFingerprintedScriptAndNoInlineCode() throws Exception {
		logIn();
		Document page = Jsoup.parse(get("/admin/media/new").body());

		String src = page.select("script[src]").attr("src");
		assertThat(src).matches("/js/upload-limit-[0-9a-f]{32}\\.js");
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("#file-error-area").attr("aria-live")).isEqualTo("polite");
		HttpResponse<String> script = get(src);
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/javascript"));
		assertThat(script.body()).contains("data-max-bytes").contains("the largest accepted is");
	}

	@Test
	void theCsrfTokenInTheBodyAloneIsNotEnough() throws Exception {
		logIn();
		Document page = Jsoup.parse(get("/admin/media/new").body());
		byte[] photo = TestImages.jpeg(40, 30);
		HttpResponse<String> response = postUpload("/admin/media", photo.length, new ByteArrayInputStream(photo),
				page.select("input[name=_csrf]").val());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from media_asset", Integer.class)).isZero();
	}

	private void assertRefusedWithSizeAndTextKept(int megabytes, String message) throws Exception {
		logIn();
		Document page = Jsoup.parse(get("/admin/media/new").body());
		String action = page.select("form[enctype]").attr("action");
		assertThat(action).as("the token travels in the query string").contains("_csrf=");
		assertThat(page.select("#file").attr("data-max-bytes")).isEqualTo(String.valueOf(10 * 1024 * 1024));

		long size = megabytes * 1024L * 1024L;
		byte[] jpegStart = TestImages.jpeg(10, 10);
		// A stream, not a 200 MB array: the JPEG's first bytes, then zeros.
		InputStream photo = new SequenceInputStream(new ByteArrayInputStream(jpegStart, 0, 100),
				new ZeroStream(size - 100));
		HttpResponse<String> response = postUpload(action, size, photo);

		assertThat(response.statusCode()).isEqualTo(200);
		Document form = Jsoup.parse(response.body());
		assertThat(form.select("#file-error").text()).contains(message);
		assertThat(form.select("#alt").text()).isEqualTo("Firefighters at the warehouse");
		assertThat(form.select("#caption").text()).isEqualTo("Smoke over the docks at dawn");
		assertThat(form.select("#credit").val()).isEqualTo("Jane Doe/Reuters");
		assertThat(this.jdbc.queryForObject("select count(*) from media_asset", Integer.class)).isZero();
	}

	private void logIn() throws Exception {
		String loginToken = csrfToken(get("/login"));
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=uploader&password=password&_csrf="
					+ URLEncoder.encode(loginToken, StandardCharsets.UTF_8))));
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
	}

	/**
	 * Posts the form as a browser does: the file first, then the text fields, with a
	 * Content-Length, streamed.
	 */
	private HttpResponse<String> postUpload(String action, long fileSize, InputStream file, String... bodyToken)
			throws Exception {
		String boundary = "----newsdesk-test-boundary";
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		for (String token : bodyToken) {
			field(head, boundary, "_csrf", token);
		}
		head.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"IMG_0001.jpg\""
						+ "\r\nContent-Type: image/jpeg\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream tail = new ByteArrayOutputStream();
		tail.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		field(tail, boundary, "alt", "Firefighters at the warehouse");
		field(tail, boundary, "caption", "Smoke over the docks at dawn");
		field(tail, boundary, "credit", "Jane Doe/Reuters");
		tail.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] headBytes = head.toByteArray();
		byte[] tailBytes = tail.toByteArray();
		long length = headBytes.length + fileSize + tailBytes.length;
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
				HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
						List.of(new ByteArrayInputStream(headBytes), file, new ByteArrayInputStream(tailBytes))))),
				length);
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(body));
	}

	/** {@code size} zero bytes without holding them. */
	private static final class ZeroStream extends InputStream {

		private long left;

		ZeroStream(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			if (this.left <= 0) {
				return -1;
			}
			this.left--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, this.left);
			Arrays.fill(buffer, offset, offset + n, (byte) 0);
			this.left -= n;
			return n;
		}

	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	private String csrfToken(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select("input[name=_csrf]").val();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
