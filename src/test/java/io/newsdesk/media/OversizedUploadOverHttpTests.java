package io.newsdesk.media;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
 * A camera original far over the upload limit, sent through the real container: MockMvc
 * skips Tomcat's multipart limits, and those decide whether the editor sees our message
 * with their alt text kept, or a bare refusal (the CSRF token never read).
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
	void aThirtyMegabyteFileGetsTheLimitMessageAndKeepsTheAltText() throws Exception {
		String loginToken = csrfToken(get("/login"));
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=uploader&password=password&_csrf="
					+ URLEncoder.encode(loginToken, StandardCharsets.UTF_8))));
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));

		String token = csrfToken(get("/admin/media/new"));
		byte[] photo = new byte[30 * 1024 * 1024];
		byte[] jpegStart = TestImages.jpeg(10, 10);
		System.arraycopy(jpegStart, 0, photo, 0, 100);
		String boundary = "----newsdesk-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "_csrf", token);
		field(body, boundary, "alt", "Firefighters at the warehouse");
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"IMG_0001.jpg\""
						+ "\r\nContent-Type: image/jpeg\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(photo);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/admin/media"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

		assertThat(response.statusCode()).isEqualTo(200);
		Document form = Jsoup.parse(response.body());
		assertThat(form.select("#file-error").text()).contains("largest accepted");
		assertThat(form.select("#alt").text()).isEqualTo("Firefighters at the warehouse");
		assertThat(this.jdbc.queryForObject("select count(*) from media_asset", Integer.class)).isZero();
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
