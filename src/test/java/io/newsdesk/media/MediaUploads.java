package io.newsdesk.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The upload form as a browser posts it (multipart, CSRF token, logged-in admin), for
 * media tests and for other features' tests that need a library image.
 */
public final class MediaUploads {

	private MediaUploads() {
	}

	/** The file and alt text; add caption and credit with {@code .param}. */
	public static MockMultipartHttpServletRequestBuilder upload(String fileName, String declaredType, byte[] bytes,
			String alt) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/media")
			.file(new MockMultipartFile("file", fileName, declaredType, bytes));
		request.param("alt", alt);
		request.with(csrf()).with(user("admin").roles("ADMIN")).with(MediaUploads::asSentByABrowser);
		return request;
	}

	/**
	 * MockMvc keeps a multipart request's files and fields in maps; the upload form reads
	 * the body itself (UploadFormReader), so it gets the body a browser would send: the
	 * file first, then the text fields, in the form's order.
	 */
	private static MockHttpServletRequest asSentByABrowser(MockHttpServletRequest request) {
		String boundary = "----newsdesk-mockmvc-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		MockMultipartHttpServletRequest multipart = (MockMultipartHttpServletRequest) request;
		for (MultipartFile file : multipart.getFileMap().values()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getName()
					+ "\"; filename=\"" + file.getOriginalFilename() + "\"\r\nContent-Type: " + file.getContentType()
					+ "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			try {
				body.writeBytes(file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
						+ value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		request.setContent(body.toByteArray());
		request.setContentType("multipart/form-data; boundary=" + boundary);
		return request;
	}

	/**
	 * Uploads an image as the admin and returns its library id. The admin account exists:
	 * tests create it with TestData.staffMember("admin", "ADMIN").
	 */
	public static long uploaded(MockMvc mvc, JdbcTemplate jdbc, byte[] bytes, String alt, String caption, String credit)
			throws Exception {
		int status = mvc
			.perform(upload("photo.jpg", "image/jpeg", bytes, alt).param("caption", caption).param("credit", credit))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("upload redirects after success").isEqualTo(302);
		return jdbc.queryForObject("select max(id) from media_asset", Long.class);
	}

}
