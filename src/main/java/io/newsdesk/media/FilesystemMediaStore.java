package io.newsdesk.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Renditions as files in one directory ({@code newsdesk.media.directory}), for operators
 * who back up files and database separately or put the directory behind a CDN origin.
 * Each file is written to a temporary name and moved into place, so a reader never sees
 * half a picture. Files are not transactional: an upload whose database rows roll back
 * may leave its renditions behind, which is harmless (nothing links to them, and a later
 * upload of the same picture reuses them by name).
 */
class FilesystemMediaStore implements MediaStore {

	private final Path directory;

	FilesystemMediaStore(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the media directory " + this.directory, ex);
		}
	}

	@Override
	public void put(String name, String contentType, byte[] bytes) {
		Path target = resolve(name);
		if (Files.exists(target)) {
			return;
		}
		try {
			Path temporary = Files.createTempFile(this.directory, ".upload-", ".tmp");
			Files.write(temporary, bytes);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target, ex);
		}
	}

	@Override
	public Optional<StoredFile> get(String name) {
		try {
			return Optional.of(new StoredFile(MediaNames.contentTypeOf(name), Files.readAllBytes(resolve(name))));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Names are checked by {@link MediaNames} first; this is the second lock on the door.
	 */
	private Path resolve(String name) {
		if (!MediaNames.isValid(name)) {
			throw new IllegalArgumentException("Not a media file name: " + name);
		}
		Path path = this.directory.resolve(name).normalize();
		if (!path.getParent().equals(this.directory)) {
			throw new IllegalArgumentException("Not a media file name: " + name);
		}
		return path;
	}

}
