package io.newsdesk.media;

import java.util.Optional;

/**
 * Where rendition bytes live. Names are content-hashed
 * ({@code <sha256 prefix>-<width>.jpg}), so equal names mean equal bytes: {@link #put} of
 * a name already stored does nothing, and nothing stored is ever rewritten.
 * {@link DatabaseMediaStore} is the default; {@link FilesystemMediaStore} is for
 * operators who prefer files ({@code newsdesk.media.storage=filesystem}).
 */
public interface MediaStore {

	/**
	 * Stores the bytes under {@code name} unless that name exists already. The database
	 * store writes inside the caller's transaction.
	 */
	void put(String name, String contentType, byte[] bytes);

	/** The stored file, or empty for a name never stored. */
	Optional<StoredFile> get(String name);

	/** A stored rendition as served. */
	record StoredFile(String contentType, byte[] bytes) {
	}

}
