package io.newsdesk.author;

import java.util.List;
import java.util.Optional;

import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;
import io.newsdesk.media.MediaImages;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Reads and edits author profiles. Everyone edits their own; editors and admins edit
 * anyone's (checked here, whatever the page showed). Names and slugs appear in bylines on
 * every public page, so a save empties the page cache.
 */
@Service
@Transactional(readOnly = true)
public class AuthorProfiles {

	private final AuthorRepository authors;

	private final CurrentStaff currentStaff;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final MediaImages mediaImages;

	AuthorProfiles(AuthorRepository authors, CurrentStaff currentStaff, AuditTrail audit,
			ApplicationEventPublisher events, MediaImages mediaImages) {
		this.mediaImages = mediaImages;
		this.authors = authors;
		this.currentStaff = currentStaff;
		this.audit = audit;
		this.events = events;
	}

	public Optional<Author> findBySlug(String slug) {
		return this.authors.findAuthorBySlug(slug);
	}

	public List<Author> all() {
		return this.authors.findAllAuthors();
	}

	/**
	 * @throws NotFoundException for an unknown id
	 */
	public Author find(long staffUserId) {
		return this.authors.findAuthorById(staffUserId).orElseThrow(NotFoundException::new);
	}

	public ProfileForm formFor(Author author) {
		ProfileForm form = new ProfileForm();
		form.setDisplayName(author.displayName());
		form.setSlug(author.slug());
		form.setBio(author.bio());
		form.setPhotoMediaId(author.photoMediaId());
		return form;
	}

	/**
	 * @throws AccessDeniedException when the actor may not edit this profile
	 */
	public void requireMayEdit(long staffUserId) {
		Actor actor = this.currentStaff.require();
		if (!actor.id().equals(staffUserId) && !actor.canEditAnything()) {
			throw new AccessDeniedException("Only editors and admins edit other people's profiles");
		}
	}

	/**
	 * Saves a profile the form's bean validation accepted; a slug another author uses is
	 * added to {@code errors} and nothing is written.
	 * @return whether it was saved
	 */
	@Transactional
	public boolean save(long staffUserId, ProfileForm form, Errors errors) {
		requireMayEdit(staffUserId);
		AuthorProfile profile = this.authors.findById(staffUserId).orElseThrow(NotFoundException::new);
		String slug = form.getSlug().strip();
		if (this.authors.existsBySlugAndStaffUserIdNot(slug, staffUserId)) {
			errors.rejectValue("slug", "slug.taken", "Another author already uses this address. Choose another.");
		}
		if (!errors.hasFieldErrors("photoMediaId") && form.getPhotoMediaId() != null
				&& !this.mediaImages.allExist(List.of(form.getPhotoMediaId()))) {
			errors.rejectValue("photoMediaId", "photoMedia.unknown",
					"The chosen photo is not in the media library. Choose another or no photo.");
		}
		if (errors.hasErrors()) {
			return false;
		}
		profile.setSlug(slug);
		profile.setBio(form.getBio().strip());
		profile.setPhotoMediaId(form.getPhotoMediaId());
		try {
			this.authors.saveAndFlush(profile);
		}
		catch (DataIntegrityViolationException ex) {
			errors.rejectValue("slug", "slug.taken", "Another author took this address a moment ago. Choose another.");
			throw ex;
		}
		this.authors.updateDisplayName(staffUserId, form.getDisplayName().strip());
		Author saved = find(staffUserId);
		this.audit.record("author.profile", AuditSubject.staff(staffUserId, saved.username()),
				"Public profile saved: name \"" + saved.displayName() + "\", page " + saved.url());
		this.events.publishEvent(PublicContentChanged.siteWide());
		return true;
	}

}
