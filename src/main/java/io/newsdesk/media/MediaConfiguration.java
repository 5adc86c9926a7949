package io.newsdesk.media;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Picks the {@link MediaStore}. There are no servlet multipart limits to set: multipart
 * is off for the application and the upload form's body is read by UploadFormReader.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	@Bean
	MediaStore mediaStore(MediaProperties properties, JdbcTemplate jdbc, Clock clock) {
		return switch (properties.storage()) {
			case DATABASE -> new DatabaseMediaStore(jdbc, clock);
			case FILESYSTEM -> new FilesystemMediaStore(properties.directory());
		};
	}

}
