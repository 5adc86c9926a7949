package io.newsdesk.media;

import java.time.Clock;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** Picks the {@link MediaStore} and sets the servlet's upload limits from ours. */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	/** Room for the form's other fields and the multipart framing. */
	private static final DataSize MARGIN = DataSize.ofMegabytes(1);

	@Bean
	MediaStore mediaStore(MediaProperties properties, JdbcTemplate jdbc, Clock clock) {
		return switch (properties.storage()) {
			case DATABASE -> new DatabaseMediaStore(jdbc, clock);
			case FILESYSTEM -> new FilesystemMediaStore(properties.directory());
		};
	}

	/**
	 * Well above {@code newsdesk.media.max-upload-size} (four times it): a file over our
	 * limit, such as a 30 MB camera original against the 10 MB default, still reaches the
	 * upload form, which says how big it was and what the limit is and keeps what was
	 * typed, instead of the container dropping the request before our code (and the CSRF
	 * check) sees it. Parts over the file-size threshold go to a temporary file, not the
	 * heap, and are deleted after the request.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(MediaProperties properties) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		long limit = properties.maxUploadSize().toBytes();
		long ceiling = Math.max(4 * limit, limit + MARGIN.toBytes());
		factory.setMaxFileSize(DataSize.ofBytes(ceiling));
		factory.setMaxRequestSize(DataSize.ofBytes(ceiling + MARGIN.toBytes()));
		factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
		return factory.createMultipartConfig();
	}

}
