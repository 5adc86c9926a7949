package io.newsdesk.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The media library's limits and where it keeps the bytes.
 *
 * @param storage {@code database} (default: renditions in PostgreSQL, so one dump backs
 * up the whole site) or {@code filesystem} ({@code NEWSDESK_MEDIA_STORAGE})
 * @param directory where the filesystem store writes ({@code NEWSDESK_MEDIA_DIRECTORY})
 * @param maxUploadSize the largest file an editor may upload
 * ({@code NEWSDESK_MEDIA_MAX_UPLOAD_SIZE}); a larger file is read to its end and refused
 * with its size named (UploadFormReader), so the editor gets our message at any size
 * @param maxPixels decompression-bomb guard: width × height read from the header, before
 * any pixel is decoded
 * @param maxSide the same guard for each side
 * @param jpegQuality quality of the JPEG renditions, 0–1
 */
@ConfigurationProperties("newsdesk.media")
public record MediaProperties(@DefaultValue("database") Storage storage, @DefaultValue("./data/media") Path directory,
		@DefaultValue("10MB") DataSize maxUploadSize, @DefaultValue("40000000") long maxPixels,
		@DefaultValue("12000") int maxSide, @DefaultValue("0.82") float jpegQuality) {

	public enum Storage {

		DATABASE, FILESYSTEM

	}

}
