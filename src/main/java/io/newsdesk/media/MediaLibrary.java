package io.newsdesk.media;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The media library's rules: who may upload, what an upload becomes, how the library is
 * browsed. The admin pages are MediaAdminController; the bytes are served by
 * MediaFileController.
 */
@Service
public class MediaLibrary {

	static final int PAGE_SIZE = 24;

	private final MediaAssetRepository assets;

	private final MediaProcessor processor;

	private final MediaStore store;

	private final AuditTrail audit;

	private final CurrentStaff staff;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MediaLibrary(MediaAssetRepository assets, MediaProcessor processor, MediaStore store, AuditTrail audit,
			CurrentStaff staff, TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.assets = assets;
		this.processor = processor;
		this.store = store;
		this.audit = audit;
		this.staff = staff;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Checks, decodes and resizes the file outside any transaction (seconds of CPU should
	 * not hold a database connection), then writes the asset, its renditions' rows and
	 * bytes and the audit entry in one transaction: all of it or nothing.
	 * @throws MediaRejectedException with a message for the editor
	 */
	public MediaImage upload(MediaDetailsForm form, byte[] file) {
		String uploader = this.staff.require().username();
		MediaProcessor.ProcessedImage processed = this.processor.process(file);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		MediaAsset saved = this.transaction.execute((status) -> {
			MediaAsset asset = new MediaAsset(form.getAlt().strip(), form.getCaption().strip(),
					form.getCredit().strip(), processed.sourceFormat().name().toLowerCase(Locale.ROOT),
					processed.width(), processed.height(), now, uploader);
			for (MediaProcessor.Rendition rendition : processed.renditions()) {
				this.store.put(rendition.fileName(), rendition.contentType(), rendition.bytes());
				asset.addRendition(new MediaRendition(rendition.width(), rendition.height(), rendition.contentType(),
						rendition.fileName(), rendition.bytes().length));
			}
			MediaAsset result = this.assets.saveAndFlush(asset);
			this.audit.record("media.upload", new AuditSubject("media", result.getId(), result.getAltText()),
					processed.sourceFormat() + " " + processed.width() + "x" + processed.height());
			return result;
		});
		return MediaImage.of(saved);
	}

	/**
	 * The image whose text the logged-in staff member is about to edit.
	 * @throws NotFoundException if there is no such image
	 * @throws AccessDeniedException if they may not edit it ({@link #mayEdit})
	 */
	@Transactional(readOnly = true)
	public MediaImage forEditing(long id) {
		MediaAsset asset = this.assets.findById(id).orElseThrow(NotFoundException::new);
		requireMayEdit(asset);
		return MediaImage.of(asset);
	}

	/**
	 * Changes an image's alt text, caption and credit, audited. Pages that show the image
	 * follow in the same transaction: listeners of {@link MediaDetailsChanged} render
	 * again the article bodies that place it and tell the caches.
	 * @throws NotFoundException if there is no such image
	 * @throws AccessDeniedException if the staff member may not edit it
	 */
	@Transactional
	public MediaImage updateDetails(long id, MediaDetailsForm form) {
		MediaAsset asset = this.assets.findById(id).orElseThrow(NotFoundException::new);
		requireMayEdit(asset);
		String alt = form.getAlt().strip();
		String caption = form.getCaption().strip();
		String credit = form.getCredit().strip();
		List<String> changed = new ArrayList<>();
		if (!alt.equals(asset.getAltText())) {
			changed.add("alt text");
		}
		if (!caption.equals(asset.getCaption())) {
			changed.add("caption");
		}
		if (!credit.equals(asset.getCredit())) {
			changed.add("credit");
		}
		if (changed.isEmpty()) {
			return MediaImage.of(asset);
		}
		asset.describe(alt, caption, credit);
		MediaAsset saved = this.assets.saveAndFlush(asset);
		this.audit.record("media.edit", new AuditSubject("media", saved.getId(), saved.getAltText()),
				"Changed " + String.join(", ", changed));
		this.events.publishEvent(new MediaDetailsChanged(saved.getId()));
		return MediaImage.of(saved);
	}

	/**
	 * Editors and admins may change any image's text; writers the images they uploaded (a
	 * writer's caption change must not rewrite a colleague's published story).
	 */
	@Transactional(readOnly = true)
	public Set<Long> editableAmong(List<MediaImage> images) {
		Actor actor = this.staff.find().orElse(null);
		Set<Long> ids = images.stream().map(MediaImage::id).collect(Collectors.toSet());
		if (actor == null || ids.isEmpty()) {
			return Set.of();
		}
		if (actor.canEditAnything()) {
			return ids;
		}
		return this.assets.findAllById(ids)
			.stream()
			.filter((asset) -> actor.username().equalsIgnoreCase(asset.getUploadedBy()))
			.map(MediaAsset::getId)
			.collect(Collectors.toSet());
	}

	private void requireMayEdit(MediaAsset asset) {
		Actor actor = this.staff.require();
		if (!actor.canEditAnything() && !actor.username().equalsIgnoreCase(asset.getUploadedBy())) {
			throw new AccessDeniedException("Writers edit the text of their own uploads only");
		}
	}

	/** A page of the library, newest first, optionally narrowed by a search. */
	@Transactional(readOnly = true)
	public Page<MediaImage> browse(String query, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		String q = (query != null) ? query.strip() : "";
		Page<MediaAsset> found = q.isEmpty() ? this.assets.findNewest(request)
				: this.assets.search("%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%", request);
		return found.map(MediaImage::of);
	}

	/**
	 * The featured-image choices: the 100 newest images, plus the chosen one if it is
	 * older, so editing an old article never silently drops its image.
	 */
	@Transactional(readOnly = true)
	public List<MediaOption> pickerOptions(Long chosenId) {
		List<MediaAsset> newest = this.assets.findTop100ByOrderByUploadedAtDescIdDesc();
		List<MediaOption> options = new ArrayList<>(newest.stream().map(MediaLibrary::option).toList());
		if (chosenId != null && options.stream().noneMatch((o) -> o.id() == chosenId)) {
			this.assets.findById(chosenId).ifPresent((asset) -> options.add(0, option(asset)));
		}
		return options;
	}

	private static MediaOption option(MediaAsset asset) {
		String alt = asset.getAltText();
		String shortAlt = (alt.length() > 80) ? alt.substring(0, 79) + "…" : alt;
		return new MediaOption(asset.getId(),
				shortAlt + " (#" + asset.getId() + ", " + asset.getWidth() + "×" + asset.getHeight() + ")");
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
