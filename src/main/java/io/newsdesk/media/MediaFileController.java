package io.newsdesk.media;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves renditions at their content-hashed URLs. A name's bytes never change, so
 * browsers and CDNs may keep them a year without asking again ({@code immutable}), the
 * name itself is the ETag, and {@code nosniff} tells browsers to believe the declared
 * type. These URLs are not in the page cache's paths (io.newsdesk.pagecache): they need
 * no rendering and carry their own cache lifetime.
 */
@Controller
class MediaFileController {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final MediaStore store;

	MediaFileController(MediaStore store) {
		this.store = store;
	}

	@GetMapping("/media/{name}")
	ResponseEntity<byte[]> serve(@PathVariable String name,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		if (!MediaNames.isValid(name)) {
			return ResponseEntity.notFound().build();
		}
		String etag = "\"" + name + "\"";
		return this.store.get(name).map((file) -> {
			if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
				return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(FOREVER).eTag(etag).<byte[]>build();
			}
			return ResponseEntity.ok()
				.cacheControl(FOREVER)
				.eTag(etag)
				.header("X-Content-Type-Options", "nosniff")
				.contentType(MediaType.parseMediaType(file.contentType()))
				.body(file.bytes());
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

}
