package io.newsdesk.media;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The filesystem store an operator selects with newsdesk.media.storage=filesystem: files
 * land in the configured directory under their content-hashed names and read back; names
 * that are not media names never reach the filesystem.
 */
class FilesystemMediaStoreTests {

	@TempDir
	Path directory;

	@Test
	void storesAndReadsBackRenditionsByName() throws Exception {
		MediaStore store = new FilesystemMediaStore(this.directory.resolve("media"));
		byte[] jpeg = TestImages.jpeg(40, 30);

		store.put("0123456789abcdef0123-40.jpg", "image/jpeg", jpeg);
		store.put("0123456789abcdef0123-40.jpg", "image/jpeg", new byte[] { 1 });

		assertThat(Files.readAllBytes(this.directory.resolve("media/0123456789abcdef0123-40.jpg"))).isEqualTo(jpeg);
		assertThat(store.get("0123456789abcdef0123-40.jpg")).hasValueSatisfying((file) -> {
			assertThat(file.contentType()).isEqualTo("image/jpeg");
			assertThat(file.bytes()).isEqualTo(jpeg);
		});
		assertThat(store.get("ffffffffffffffffffff-40.png")).isEmpty();
		try (var files = Files.list(this.directory.resolve("media"))) {
			assertThat(files).hasSize(1);
		}
	}

	@Test
	void refusesNamesOutsideTheMediaPattern() {
		MediaStore store = new FilesystemMediaStore(this.directory);
		assertThatIllegalArgumentException().isThrownBy(() -> store.put("../escape.jpg", "image/jpeg", new byte[1]));
		assertThatIllegalArgumentException().isThrownBy(() -> store.get("../../etc/passwd"));
	}

	@Test
	void uploadProcessedIntoTheFilesystemStoreIsServedBackByTheController() throws Exception {
		MediaStore store = new FilesystemMediaStore(this.directory);
		MediaProcessor processor = new MediaProcessor(new MediaProperties(MediaProperties.Storage.FILESYSTEM,
				this.directory, org.springframework.util.unit.DataSize.ofMegabytes(10), 40_000_000, 12_000, 0.82f));
		MediaProcessor.ProcessedImage processed = processor.process(TestImages.jpeg(700, 350));
		processed.renditions().forEach((r) -> store.put(r.fileName(), r.contentType(), r.bytes()));

		MediaFileController controller = new MediaFileController(store);
		MediaProcessor.Rendition largest = processed.renditions().get(processed.renditions().size() - 1);
		var response = controller.serve(largest.fileName(), null);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).isEqualTo(largest.bytes());
		assertThat(response.getHeaders().getCacheControl()).contains("immutable");
		assertThat(processed.renditions()).extracting(MediaProcessor.Rendition::width).containsExactly(320, 640, 700);
	}

}
