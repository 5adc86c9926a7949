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
	 * A little above {@code newsdesk.media.max-upload-size}: a file just over our limit
	 * still reaches the upload form, which says how big it was and what the limit is,
	 * instead of the container refusing the request before our code sees it.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(MediaProperties properties) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		long limit = properties.maxUploadSize().toBytes();
		factory.setMaxFileSize(DataSize.ofBytes(limit + MARGIN.toBytes()));
		factory.setMaxRequestSize(DataSize.ofBytes(limit + 2 * MARGIN.toBytes()));
		factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
		return factory.createMultipartConfig();
	}

}
