package io.newsdesk.frontpage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleCard;
import io.newsdesk.article.ArticleReader;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.PublicContentChanged;
import io.newsdesk.audit.AuditSubject;
import io.newsdesk.audit.AuditTrail;
import io.newsdesk.frontpage.FrontPageSlot.Kind;
import io.newsdesk.pagecache.UpcomingChanges;
import io.newsdesk.site.SiteDates;
import io.newsdesk.staff.Actor;
import io.newsdesk.staff.CurrentStaff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Front-page control: editors pin a story as the lead and flag one as breaking news, each
 * optionally until a time. The rules live here: only editors and admins (checked on every
 * change, whatever the page showed), only stories readers can see, an end time in the
 * future. A pin or banner whose story stops being visible simply stops showing. Every
 * change is audited and empties the page cache; expiry needs no change, the cache asks
 * {@link #nextChangeAfter} when its pages run out. Read by FrontPageController, driven
 * from FrontPageAdminController.
 */
@Service
@Transactional(readOnly = true)
public class FrontPageControl implements UpcomingChanges {

	private final FrontPageSlotRepository slots;

	private final ArticleRepository articles;

	private final ArticleReader reader;

	private final CurrentStaff currentStaff;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final SiteDates dates;

	private final Clock clock;

	FrontPageControl(FrontPageSlotRepository slots, ArticleRepository articles, ArticleReader reader,
			CurrentStaff currentStaff, AuditTrail audit, ApplicationEventPublisher events, SiteDates dates,
			Clock clock) {
		this.slots = slots;
		this.articles = articles;
		this.reader = reader;
		this.currentStaff = currentStaff;
		this.audit = audit;
		this.events = events;
		this.dates = dates;
		this.clock = clock;
	}

	/** What readers see now: the pinned lead and the breaking story, when they count. */
	public Showing showing() {
		Instant now = this.clock.instant();
		List<FrontPageSlot> active = this.slots.findAll().stream().filter((slot) -> slot.isActiveAt(now)).toList();
		if (active.isEmpty()) {
			return new Showing(null, null);
		}
		Map<Long, ArticleCard> cards = this.reader
			.visibleCards(active.stream().map(FrontPageSlot::getArticleId).distinct().toList());
		ArticleCard lead = null;
		ArticleCard breaking = null;
		for (FrontPageSlot slot : active) {
			ArticleCard card = cards.get(slot.getArticleId());
			if (slot.getKind() == Kind.LEAD) {
				lead = card;
			}
			else {
				breaking = card;
			}
		}
		return new Showing(lead, breaking);
	}

	/** The admin page's view of both slots, including why one is not showing. */
	public List<SlotStatus> statuses() {
		Instant now = this.clock.instant();
		List<SlotStatus> result = new ArrayList<>();
		Map<Kind, FrontPageSlot> byKind = new java.util.EnumMap<>(Kind.class);
		this.slots.findAll().forEach((slot) -> byKind.put(slot.getKind(), slot));
		for (Kind kind : Kind.values()) {
			FrontPageSlot slot = byKind.get(kind);
			if (slot == null) {
				result.add(new SlotStatus(kind.name(), null, null, null, null, false, null));
				continue;
			}
			Optional<Article> article = this.articles.findById(slot.getArticleId());
			boolean visible = article.isPresent() && article.get().isVisibleAt(now);
			String note = !slot.isActiveAt(now) ? "Ended " + this.dates.display(slot.getUntil()) + "."
					: !visible ? "Not showing: the story is no longer published." : null;
			result.add(new SlotStatus(kind.name(), article.map(Article::getHeadline).orElse("(deleted story)"),
					article.filter((a) -> visible).map(Article::url).orElse(null),
					(slot.getUntil() != null) ? this.dates.display(slot.getUntil()) : null, slot.getSetBy(),
					slot.isActiveAt(now) && visible, note));
		}
		return result;
	}

	/**
	 * Pins a visible story as the lead, replacing any pin.
	 * @param untilText site-local date and time as the datetime-local field sends it,
	 * empty for no end
	 * @throws FrontPageRejectedException with a message for the editor
	 */
	@Transactional
	public String pin(Long articleId, String untilText) {
		return place(Kind.LEAD, articleId, untilText, "frontpage.pin", "Pinned as the lead story");
	}

	@Transactional
	public String flagBreaking(Long articleId, String untilText) {
		return place(Kind.BREAKING, articleId, untilText, "frontpage.breaking", "Flagged as breaking news");
	}

	@Transactional
	public String unpin() {
		return clear(Kind.LEAD, "frontpage.unpin", "The lead story is no longer pinned.");
	}

	@Transactional
	public String clearBreaking() {
		return clear(Kind.BREAKING, "frontpage.breaking.clear", "The breaking news banner is cleared.");
	}

	private String place(Kind kind, Long articleId, String untilText, String action, String done) {
		Actor actor = requireEditor();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (articleId == null) {
			throw new FrontPageRejectedException("Choose a story.");
		}
		Article article = this.articles.findById(articleId)
			.orElseThrow(() -> new FrontPageRejectedException("That story no longer exists. Choose another."));
		if (!article.isVisibleAt(now)) {
			throw new FrontPageRejectedException("\"" + article.getHeadline()
					+ "\" is not on the site (a draft or scheduled story). Only published stories can go on the front page.");
		}
		Instant until = parseUntil(untilText, now);
		this.slots.findById(kind).ifPresent((old) -> {
			this.slots.delete(old);
			this.slots.flush();
		});
		this.slots.saveAndFlush(new FrontPageSlot(kind, article.getId(), until, actor.username(), now));
		String detail = done + ((until != null) ? " until " + this.dates.display(until) : " with no end time");
		this.audit.record(action, AuditSubject.article(article.getId(), article.getHeadline()), detail);
		this.events.publishEvent(PublicContentChanged.siteWide());
		return done + ": \"" + article.getHeadline() + "\""
				+ ((until != null) ? " until " + this.dates.display(until) + "." : ".");
	}

	private String clear(Kind kind, String action, String done) {
		requireEditor();
		Optional<FrontPageSlot> slot = this.slots.findById(kind);
		if (slot.isEmpty()) {
			return done;
		}
		Long articleId = slot.get().getArticleId();
		String headline = this.articles.findById(articleId).map(Article::getHeadline).orElse("");
		this.slots.delete(slot.get());
		this.slots.flush();
		this.audit.record(action, AuditSubject.article(articleId, headline), done);
		this.events.publishEvent(PublicContentChanged.siteWide());
		return done;
	}

	private Instant parseUntil(String text, Instant now) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		Instant until;
		try {
			until = this.dates.fromSiteLocal(LocalDateTime.parse(text.strip().replace(' ', 'T')))
				.truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeParseException ex) {
			throw new FrontPageRejectedException(
					"Enter the end time like 2025-06-20T18:00, or leave it empty to keep it until you clear it.");
		}
		if (!until.isAfter(now)) {
			throw new FrontPageRejectedException("The end time has already passed. Choose a later time.");
		}
		return until;
	}

	/** Editors and admins only, checked for every change. */
	Actor requireEditor() {
		Actor actor = this.currentStaff.require();
		if (!actor.canEditAnything()) {
			throw new AccessDeniedException("Only editors and admins control the front page");
		}
		return actor;
	}

	@Override
	public Optional<Instant> nextChangeAfter(Instant now) {
		return this.slots.findNextExpiryAfter(now);
	}

	/** The pinned lead and breaking story readers see; either may be null. */
	public record Showing(ArticleCard lead, ArticleCard breaking) {
	}

	/**
	 * One slot on the admin page; {@code kind} is LEAD or BREAKING, {@code headline} null
	 * when the slot is empty.
	 */
	public record SlotStatus(String kind, String headline, String url, String until, String setBy, boolean showing,
			String note) {
	}

}
