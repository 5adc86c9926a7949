package io.newsdesk.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The upload body as the reader sees it; the real-container journeys are in
 * OversizedUploadOverHttpTests.
 */
class UploadFormReaderTests {

	private static final String BOUNDARY = "----reader-test";

	@Test
	void aFileWithinTheLimitIsKeptWithTheFieldsAfterIt() throws IOException {
		UploadFormReader.UploadedForm form = UploadFormReader.read(request(new byte[1000], "Crowd at the gate"), 1000);

		assertThat(form.file()).hasSize(1000);
		assertThat(form.fileTooLarge()).isFalse();
		assertThat(form.fields()).containsEntry("alt", "Crowd at the gate").containsEntry("credit", "Jane Doe");
	}

	@Test
	void aFileOverTheLimitIsMeasuredNotKeptAndTheFieldsAfterItSurvive() throws IOException {
		UploadFormReader.UploadedForm form = UploadFormReader.read(request(new byte[5000], "Crowd at the gate"), 1000);

		assertThat(form.fileTooLarge()).isTrue();
		assertThat(form.file()).isNull();
		assertThat(form.fileSize()).isEqualTo(5000);
		assertThat(form.bodyCutShort()).isFalse();
		assertThat(form.fields()).containsEntry("alt", "Crowd at the gate");
	}

	@Test
	void aBodyPastTheReadingLimitIsCutShortAndSaysSo() throws IOException {
		MockHttpServletRequest request = request(new byte[50_000], "Lost");
		UploadFormReader.UploadedForm form = UploadFormReader.read(request, 1000, 20_000);

		assertThat(form.fileTooLarge()).isTrue();
		assertThat(form.bodyCutShort()).isTrue();
		assertThat(form.fileSize()).isGreaterThanOrEqualTo(19_000);
		assertThat(form.fields()).doesNotContainKey("alt");
		assertThat(request.getInputStream().available()).as("the rest of the body was left unread")
			.isGreaterThan(20_000);
	}

	@Test
	void noFileChosenIsAnEmptyPart() throws IOException {
		UploadFormReader.UploadedForm form = UploadFormReader.read(request(new byte[0], "Something"), 1000);

		assertThat(form.hasFile()).isFalse();
		assertThat(form.fileTooLarge()).isFalse();
		assertThat(form.fields()).containsEntry("alt", "Something");
	}

	@Test
	void aBodyThatIsNotMultipartIsAnError() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/media");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent("alt=x".getBytes(StandardCharsets.UTF_8));

		assertThatIOException().isThrownBy(() -> UploadFormReader.read(request, 1000));
	}

	private static MockHttpServletRequest request(byte[] file, String alt) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ ((file.length > 0) ? "photo.jpg" : "") + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n" + alt
				+ "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"credit\"\r\n\r\nJane Doe\r\n--"
				+ BOUNDARY + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/media");
		request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
		request.setContent(body.toByteArray());
		return request;
	}

}
