package io.newsdesk.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.BodyRenderer;
import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.article.Slugs;
import io.newsdesk.section.Section;
import io.newsdesk.section.SectionRepository;
import io.newsdesk.tag.Tag;
import io.newsdesk.tag.TagRepository;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixture builders writing straight to the real database, e.g.
 * {@code data.anArticle().withHeadline("...").publishedAgo(Duration.ofHours(1)).save()}.
 * Every write announces {@link PublicContentChanged} as the editor does, so the page
 * cache never shows a test the previous test's pages.
 */
@TestComponent
public class TestData {

	private final ArticleRepository articles;

	private final SectionRepository sections;

	private final TagRepository tags;

	private final BodyRenderer bodyRenderer;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final MutableClock clock;

	private final ApplicationEventPublisher events;

	TestData(ArticleRepository articles, SectionRepository sections, TagRepository tags, BodyRenderer bodyRenderer,
			JdbcTemplate jdbc, TransactionTemplate transaction, MutableClock clock, ApplicationEventPublisher events) {
		this.articles = articles;
		this.sections = sections;
		this.tags = tags;
		this.bodyRenderer = bodyRenderer;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Empties everything a test may have written (sections and staff stay) and resets the
	 * clock.
	 */
	public void reset() {
		// The previous test's content change is still being announced: the cache listener
		// may be reading article and front_page_slot right now. Truncating article first
		// makes it wait its turn instead of locking in the opposite order; should another
		// reader still deadlock with it, PostgreSQL aborts one side and we try again.
		for (int attempt = 1;; attempt++) {
			try {
				this.jdbc.execute("truncate article, related_link, article_tag, article_author, front_page_slot, tag, "
						+ "app_flag, audit_entry, media_rendition, media_asset, media_file restart identity cascade");
				break;
			}
			catch (org.springframework.dao.PessimisticLockingFailureException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
		// Profiles stay with their accounts; their photos went with the library.
		this.jdbc.update("update author_profile set photo_media_id = null where photo_media_id is not null");
		this.clock.set(Instant.now());
		contentChanged();
	}

	/** For tests that change content with plain SQL. */
	public void contentChanged() {
		this.events.publishEvent(PublicContentChanged.siteWide());
	}

	/**
	 * Makes sure a staff account exists with this role (password "password"), for tests
	 * that log in as {@code user(username)} and reach code asking
	 * {@link io.newsdesk.staff.CurrentStaff} who is acting. Returns its id.
	 */
	public long staffMember(String username, String role) {
		this.jdbc.update("insert into staff_user (username, display_name, password_hash, role) "
				+ "values (?, ?, '{noop}password', ?) on conflict do nothing", username, username, role);
		this.jdbc.update("update staff_user set role = ?, enabled = true where lower(username) = lower(?)", role,
				username);
		return this.jdbc.queryForObject("select id from staff_user where lower(username) = lower(?)", Long.class,
				username);
	}

	/**
	 * A staff member with a public author profile: display name, author page slug and bio
	 * as given (so a test never sees another test's edits). Returns the account id.
	 */
	public long author(String username, String displayName, String slug, String bio) {
		long id = staffMember(username, "WRITER");
		this.jdbc.update("update staff_user set display_name = ? where id = ?", displayName, id);
		this.jdbc.update(
				"update author_profile set slug = 'tmp-' || staff_user_id where slug = ? and staff_user_id <> ?", slug,
				id);
		this.jdbc.update("update author_profile set slug = ?, bio = ? where staff_user_id = ?", slug, bio, id);
		contentChanged();
		return id;
	}

	public MutableClock clock() {
		return this.clock;
	}

	public Section section(String slug) {
		return this.sections.findBySlug(slug).orElseThrow();
	}

	public ArticleBuilder anArticle() {
		return new ArticleBuilder();
	}

	public Article reload(Article article) {
		return this.transaction.execute((status) -> {
			Article found = this.articles.findById(article.getId()).orElseThrow();
			found.getTags().size();
			found.getRelatedArticleIds().size();
			found.getAuthorIds().size();
			found.getSection().getName();
			return found;
		});
	}

	public final class ArticleBuilder {

		private String headline = "A headline";

		private String slug;

		private String standfirst = "A standfirst.";

		private String body = "Some body text.";

		private String byline = "A Reporter";

		private String sectionSlug = "world";

		private final List<String> tagNames = new ArrayList<>();

		private final List<Long> relatedIds = new ArrayList<>();

		private final List<Long> authorIds = new ArrayList<>();

		private boolean published = true;

		private Instant publishAt;

		public ArticleBuilder withHeadline(String headline) {
			this.headline = headline;
			return this;
		}

		public ArticleBuilder withSlug(String slug) {
			this.slug = slug;
			return this;
		}

		public ArticleBuilder withStandfirst(String standfirst) {
			this.standfirst = standfirst;
			return this;
		}

		public ArticleBuilder withBody(String markdown) {
			this.body = markdown;
			return this;
		}

		public ArticleBuilder withByline(String byline) {
			this.byline = byline;
			return this;
		}

		/** Staff authors in byline order (ids from {@link TestData#author}). */
		public ArticleBuilder byAuthors(Long... staffIds) {
			this.authorIds.addAll(Arrays.asList(staffIds));
			return this;
		}

		public ArticleBuilder inSection(String sectionSlug) {
			this.sectionSlug = sectionSlug;
			return this;
		}

		public ArticleBuilder taggedWith(String... names) {
			this.tagNames.addAll(Arrays.asList(names));
			return this;
		}

		public ArticleBuilder relatedTo(Article... related) {
			Arrays.stream(related).forEach((article) -> this.relatedIds.add(article.getId()));
			return this;
		}

		public ArticleBuilder publishedAt(Instant at) {
			this.published = true;
			this.publishAt = at;
			return this;
		}

		public ArticleBuilder publishedAgo(Duration ago) {
			return publishedAt(TestData.this.clock.instant().minus(ago));
		}

		/** Published with a publish time in the future: not visible until then. */
		public ArticleBuilder scheduledIn(Duration later) {
			return publishedAt(TestData.this.clock.instant().plus(later));
		}

		public ArticleBuilder draft() {
			this.published = false;
			this.publishAt = null;
			return this;
		}

		/**
		 * A draft with a planned publish time, which may already have passed: still a
		 * draft, so still hidden.
		 */
		public ArticleBuilder draftPlannedFor(Instant planned) {
			this.published = false;
			this.publishAt = planned;
			return this;
		}

		public Article save() {
			return TestData.this.transaction.execute((status) -> {
				Instant now = TestData.this.clock.instant();
				Article article = new Article((this.slug != null) ? this.slug : uniqueSlug(), this.headline,
						section(this.sectionSlug), now);
				article.setStandfirst(this.standfirst);
				article.setBody(this.body, TestData.this.bodyRenderer.toSafeHtml(this.body));
				article.setByline(this.byline);
				article.replaceTags(tags());
				article.replaceRelatedArticleIds(this.relatedIds);
				article.replaceAuthorIds(this.authorIds);
				if (this.published) {
					article.publish((this.publishAt != null) ? this.publishAt : now.minus(Duration.ofMinutes(1)));
				}
				else {
					article.saveAsDraft(this.publishAt);
				}
				applyWorkflow(article, now);
				Article saved = TestData.this.articles.saveAndFlush(article);
				TestData.this.events.publishEvent(PublicContentChanged.article(saved.getId()));
				return saved;
			});
		}

		// Newsroom workflow (io.newsdesk.article.workflow): owner and the states beyond
		// draft and published.

		private Long createdBy;

		private boolean inReview;

		private boolean withdrawn;

		/** Created by this staff member (see {@link TestData#staffMember}). */
		public ArticleBuilder createdBy(long staffId) {
			this.createdBy = staffId;
			return this;
		}

		/** Submitted for review by its creator. */
		public ArticleBuilder inReview() {
			this.published = false;
			this.inReview = true;
			return this;
		}

		/** Published an hour ago, then withdrawn (unpublished) by an editor. */
		public ArticleBuilder withdrawn() {
			publishedAgo(Duration.ofHours(1));
			this.withdrawn = true;
			return this;
		}

		private void applyWorkflow(Article article, Instant now) {
			article.setCreatedBy(this.createdBy);
			if (this.inReview) {
				article.submitForReview(this.publishAt, this.createdBy, now);
			}
			if (this.withdrawn) {
				article.withdraw(article.getPublishAt());
			}
		}

		private String uniqueSlug() {
			String base = Slugs.of(this.headline);
			String candidate = base;
			for (int n = 2; TestData.this.articles.existsBySlug(candidate); n++) {
				candidate = base + "-" + n;
			}
			return candidate;
		}

		private Set<Tag> tags() {
			Set<Tag> result = new LinkedHashSet<>();
			for (String name : this.tagNames) {
				String tagSlug = Slugs.of(name);
				result.add(TestData.this.tags.findBySlug(tagSlug)
					.orElseGet(() -> TestData.this.tags.save(new Tag(tagSlug, name))));
			}
			return result;
		}

	}

}
