package io.newsdesk.article.preview;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleReader;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleView;
import io.newsdesk.article.BodyRenderer;
import io.newsdesk.article.admin.ArticleEditor;
import io.newsdesk.article.admin.ArticleForm;
import io.newsdesk.article.correction.ArticleNotes;
import io.newsdesk.article.correction.ArticleUpdates;
import io.newsdesk.article.correction.VisibleUpdate;
import io.newsdesk.site.NotFoundException;
import io.newsdesk.tag.Tag;
import io.newsdesk.tag.TagNames;
import io.newsdesk.tag.TagRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Builds the public article page for a version readers cannot see yet: what is typed in
 * the form, or the saved version of a draft. The version is a new {@link Article} that is
 * never persisted (read-only transaction, never handed to a repository), filled the way
 * ArticleEditor fills the real one (same checks, same Markdown sanitiser, tags in the
 * order the page lists them), then rendered through {@link ArticleReader#preview}, so the
 * preview and the published page cannot drift apart. Unknown tags become unsaved tags:
 * previewing creates nothing.
 */
@Service
@Transactional(readOnly = true)
public class ArticlePreviews {

	private final ArticleEditor editor;

	private final ArticleRepository articles;

	private final TagRepository tags;

	private final BodyRenderer bodyRenderer;

	private final ArticleReader reader;

	private final ArticleNotes notes;

	private final Clock clock;

	ArticlePreviews(ArticleEditor editor, ArticleRepository articles, TagRepository tags, BodyRenderer bodyRenderer,
			ArticleReader reader, ArticleNotes notes, Clock clock) {
		this.editor = editor;
		this.articles = articles;
		this.tags = tags;
		this.bodyRenderer = bodyRenderer;
		this.reader = reader;
		this.notes = notes;
		this.clock = clock;
	}

	/**
	 * The page the form would publish, or {@code null} when the form has problems (added
	 * to {@code errors}, the same ones Save would report).
	 * @param id the article being edited, or {@code null} for a new one
	 */
	public Preview fromForm(Long id, ArticleForm form, Errors errors) {
		Article existing = (id != null)
				? this.articles.findById(id).filter((a) -> !a.isDeleted()).orElseThrow(NotFoundException::new) : null;
		ArticleEditor.Checked checked = this.editor.check(id, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = this.clock.instant();
		Article version = new Article(checked.slug(), form.getHeadline().strip(), checked.section(),
				(existing != null) ? existing.getCreatedAt() : now);
		version.setStandfirst(form.getStandfirst().strip());
		version.setBody(form.getBody(), this.bodyRenderer.toSafeHtml(form.getBody()));
		version.setByline(form.getByline().strip());
		version.replaceTags(tagsFor(form.getTags()));
		version.replaceRelatedArticleIds(checked.relatedIds());
		version.setFeaturedMediaId(form.getFeaturedMediaId());
		version.publish((checked.publishAt() != null) ? checked.publishAt() : now);
		if (existing != null) {
			if (existing.getPublicUpdatedAt() != null) {
				version.markUpdatedForReaders(existing.getPublicUpdatedAt());
			}
			VisibleUpdate.afterEdit(version, existing.isVisibleAt(now), VisibleUpdate.readersText(existing),
					form.isMinorEdit(), now);
		}
		return render(version, id);
	}

	/** The saved version of an article, whatever its state. */
	public Preview saved(long id) {
		// A deleted article has no preview (nor a working preview link) until restored.
		Article saved = this.articles.findById(id).filter((a) -> !a.isDeleted()).orElseThrow(NotFoundException::new);
		Instant now = this.clock.instant();
		// A copy, so nothing here can touch the managed entity; a draft without a planned
		// time shows today's date, as publishing now would.
		Article version = new Article(saved.getSlug(), saved.getHeadline(), saved.getSection(), saved.getCreatedAt());
		version.setStandfirst(saved.getStandfirst());
		version.setBody(saved.getBodyMarkdown(), saved.getBodyHtml());
		version.setByline(saved.getByline());
		version.replaceTags(new LinkedHashSet<>(saved.getTags()));
		version.replaceRelatedArticleIds(saved.getRelatedArticleIds());
		version.setFeaturedMediaId(saved.getFeaturedMediaId());
		version.publish((saved.getPublishAt() != null) ? saved.getPublishAt() : now);
		if (saved.getPublicUpdatedAt() != null) {
			version.markUpdatedForReaders(saved.getPublicUpdatedAt());
		}
		return render(version, id);
	}

	private Preview render(Article version, Long id) {
		ArticleView view = this.reader.preview(version, id);
		ArticleUpdates updates = this.notes.forPreview(id, version.getPublishAt(), version.getPublicUpdatedAt());
		return new Preview(view, updates);
	}

	/**
	 * Existing tags by slug, the rest as unsaved tags; sorted by name as pages list them.
	 */
	private Set<Tag> tagsFor(String field) {
		Map<String, String> wanted = TagNames.parse(field);
		Map<String, Tag> existing = wanted.isEmpty() ? Map.of()
				: this.tags.findBySlugIn(wanted.keySet())
					.stream()
					.collect(Collectors.toMap(Tag::getSlug, Function.identity()));
		return wanted.entrySet()
			.stream()
			.map((entry) -> existing.getOrDefault(entry.getKey(), new Tag(entry.getKey(), entry.getValue())))
			.sorted(Comparator.comparing(Tag::getName))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** What the article template needs besides the metadata. */
	public record Preview(ArticleView article, ArticleUpdates updates) {
	}

}
