package io.newsdesk.media;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

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
		request.with(csrf()).with(user("admin").roles("ADMIN"));
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
