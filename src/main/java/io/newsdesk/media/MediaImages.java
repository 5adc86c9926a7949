package io.newsdesk.media;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Library images for pages: by id, or for a whole list page at once (one statement
 * however many cards), so lists stay free of N+1 queries.
 */
@Service
@Transactional(readOnly = true)
public class MediaImages {

	private final MediaAssetRepository assets;

	MediaImages(MediaAssetRepository assets) {
		this.assets = assets;
	}

	public Optional<MediaImage> find(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(byIds(Set.of(id)).get(id));
	}

	/** The images with these ids ({@code null}s ignored); unknown ids are left out. */
	public Map<Long, MediaImage> byIds(Collection<Long> ids) {
		Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
		if (wanted.isEmpty()) {
			return Map.of();
		}
		return this.assets.findWithRenditions(wanted)
			.stream()
			.filter((asset) -> !asset.getRenditions().isEmpty())
			.map(MediaImage::of)
			.collect(Collectors.toMap(MediaImage::id, Function.identity()));
	}

	/** Whether every id names a library image. */
	public boolean allExist(Collection<Long> ids) {
		Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		return wanted.isEmpty() || this.assets.countByIdIn(wanted) == wanted.size();
	}

}
