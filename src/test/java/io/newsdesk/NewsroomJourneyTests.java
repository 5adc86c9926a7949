package io.newsdesk;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 3's "Done when", tried as a new newsroom would: an admin creates a writer and an
 * editor, the writer drafts and submits, the editor reviews, edits, previews and
 * schedules, the story appears on time, a slug change keeps the old link, a correction
 * shows, the history restores, and the audit log tells the story. Everything goes over
 * real HTTP with one cookie-keeping client per person, so logins, sessions, CSRF tokens
 * (read from the rendered forms), flash messages, the page cache and error pages are the
 * real ones; buttons are pressed by their labels. The unit-sized tests of each step live
 * beside their features.
 */
@NewsdeskTest
class NewsroomJourneyTests {

	private static final String ADMIN_PASSWORD = "test-admin-password";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		this.data.reset();
		// The configured admin, active and with its configured password, whatever other
		// test classes did to it.
		this.jdbc.update("update staff_user set enabled = true, role = 'ADMIN' where username = 'admin'");
	}

	@Test
	void aStoryGoesFromNewAccountsThroughReviewAndSchedulingToCorrectionsWithTheWholeStoryAudited() throws Exception {
		// 1. The admin creates a writer and an editor; each must choose a password first.
		Browser admin = new Browser();
		admin.logIn("admin", ADMIN_PASSWORD);
		String writerPassword = createAccount(admin, "journey.writer", "Wendy Writer", "Writer");
		String editorPassword = createAccount(admin, "journey.editor", "Eddie Editor", "Editor");

		Browser writer = new Browser();
		firstLogin(writer, "journey.writer", writerPassword, "Quill and ink at midnight");
		Browser editor = new Browser();
		firstLogin(editor, "journey.editor", editorPassword, "Red pencil on the desk");

		// 2. The writer drafts an article, saves it, then submits it for review.
		Page form = writer.visit("/admin/articles/new");
		assertThat(form.heading()).isEqualTo("New article");
		assertThat(form.buttons()).contains("Save draft", "Submit for review").doesNotContain("Publish");
		Page draft = writer.submit(form, "Save draft",
				Map.of("headline", "Council approves riverside park", "standfirst",
						"The vote ends a two-year fight over the old wharf.", "body",
						"Councillors voted 31 to 12 on Tuesday.\n\nThe park opens next spring.", "sectionId",
						form.optionValue("sectionId", "World"), "tags", "Parks, Council"));
		assertThat(draft.flash()).isEqualTo("Draft saved.");
		assertThat(draft.heading()).isEqualTo("Edit article");
		assertThat(draft.status()).isEqualTo("Draft");
		String originalSlug = draft.value("slug");
		assertThat(originalSlug).isEqualTo("council-approves-riverside-park");
		String editUrl = draft.url();

		Page submitted = writer.submit(draft, "Submit for review",
				Map.of("body", "Councillors voted 31 to 12 on Tuesday night.\n\nThe park opens next spring."));
		assertThat(submitted.flash()).isEqualTo("Submitted for review. An editor will look at it.");
		assertThat(submitted.status()).isEqualTo("In review");
		assertThat(submitted.buttons()).doesNotContain("Publish");

		// 3. The editor finds it in the review queue, edits, previews and schedules it.
		Page queue = editor.visit("/admin/review");
		assertThat(queue.heading()).isEqualTo("Review queue");
		Element row = queue.document.select("tbody tr")
			.stream()
			.filter((tr) -> tr.text().contains("Council approves riverside park"))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("Wendy Writer");
		Page review = editor.visit(row.select("a").first().attr("href"));
		assertThat(review.url()).isEqualTo(editUrl);
		assertThat(review.buttons()).contains("Publish", "Send back");

		Map<String, String> edits = Map.of("headline", "Council approves riverside park after two-year fight", "body",
				"Councillors voted 31 to 12 on Tuesday night, ending a two-year fight.\n\nThe park opens next spring.");
		Page preview = editor.submit(review, "Preview", edits);
		assertThat(preview.statusCode).isEqualTo(200);
		assertThat(preview.document.select("h1").text())
			.isEqualTo("Council approves riverside park after two-year fight");
		assertThat(preview.document.text()).contains("ending a two-year fight");
		assertThat(editor.visit(editUrl).value("headline")).as("preview saves nothing")
			.isEqualTo("Council approves riverside park");

		String zone = review.document.select("#publishAt-hint span").text();
		Instant publishAt = this.data.clock().instant().plus(Duration.ofHours(2));
		String publishAtLocal = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
			.withZone(ZoneId.of(zone))
			.format(publishAt);
		Map<String, String> schedule = new LinkedHashMap<>(edits);
		schedule.put("publishAt", publishAtLocal);
		Page scheduled = editor.submit(editor.visit(editUrl), "Publish", schedule);
		assertThat(scheduled.flash()).startsWith("Scheduled: it will appear on the site on ");

		// The shared preview link works for someone without a login.
		Page withLink = editor.submit(scheduled, "Create a preview link", Map.of());
		String link = withLink.document.select("#new-preview-link").val();
		assertThat(link).contains("/preview/");
		Browser colleague = new Browser();
		Page shared = colleague.visit(URI.create(link).getPath());
		assertThat(shared.statusCode).isEqualTo(200);
		assertThat(shared.document.select("h1").text())
			.isEqualTo("Council approves riverside park after two-year fight");
		assertThat(shared.document.select("meta[name=robots]").attr("content")).contains("noindex");

		// 4. Hidden until its time (with the page cache primed), then on the front page
		// and at its URL.
		Browser reader = new Browser();
		String publicUrl = "/articles/" + originalSlug;
		assertThat(reader.get(publicUrl).statusCode).isEqualTo(404);
		assertThat(reader.visit("/").document.text()).doesNotContain("riverside park");
		assertThat(reader.get(publicUrl).statusCode).isEqualTo(404);

		this.data.clock().advance(Duration.ofHours(3));
		assertThat(reader.visit("/").document.select("main a").eachText())
			.contains("Council approves riverside park after two-year fight");
		Page story = reader.visit(publicUrl);
		assertThat(story.statusCode).isEqualTo(200);
		assertThat(story.document.select("h1").text())
			.isEqualTo("Council approves riverside park after two-year fight");
		assertThat(story.document.select(".story-updated")).as("not updated yet").isEmpty();

		// 5. The editor changes the slug; the old URL answers 301 straight to the new
		// one.
		Page live = editor.visit(editUrl);
		assertThat(live.status()).startsWith("Published");
		assertThat(live.document.select("a:containsOwn(View on the site)").attr("href")).endsWith(publicUrl);
		Page moved = editor.submit(live, "Publish", Map.of("slug", "riverside-park-approved"));
		assertThat(moved.flash()).isEqualTo("Published.");
		assertThat(moved.document.select("#old-addresses-heading + p + ul li").eachText()).containsExactly(publicUrl);
		Page old = reader.get(publicUrl);
		assertThat(old.statusCode).isEqualTo(301);
		assertThat(URI.create(old.location()).getPath()).isEqualTo("/articles/riverside-park-approved");
		Page renamed = reader.visit("/articles/riverside-park-approved");
		assertThat(renamed.statusCode).isEqualTo(200);
		assertThat(renamed.document.select("h1").text())
			.isEqualTo("Council approves riverside park after two-year fight");

		// 6. A correction shows on the public page, with "Updated".
		this.data.clock().advance(Duration.ofMinutes(30));
		Page corrected = editor.submit(moved, "Add note",
				Map.of("kind", "CORRECTION", "text", "An earlier version misstated the margin of the vote."));
		assertThat(corrected.document.select("#notes li").text()).contains("Correction")
			.contains("An earlier version misstated the margin of the vote.");
		Page withCorrection = reader.visit("/articles/riverside-park-approved");
		assertThat(withCorrection.document.select(".story-notes h2").text()).isEqualTo("Corrections and updates");
		assertThat(withCorrection.document.select(".story-note-kind").eachText()).containsExactly("Correction");
		assertThat(withCorrection.document.select(".story-note-text").eachText())
			.containsExactly("An earlier version misstated the margin of the vote.");
		assertThat(withCorrection.document.select(".story-updated").text()).startsWith("Updated ");

		// 7. The history shows every save, by writer and editor; restoring an old
		// revision saves it as a new one.
		Page history = editor.visit(editUrl.replace("/edit", "/history"));
		assertThat(history.heading()).startsWith("History");
		List<List<String>> revisions = history.tableRows("table.history");
		assertThat(revisions).extracting((r) -> r.get(0), (r) -> r.get(1), (r) -> r.get(3))
			.containsExactly(tuple("4 (current)", "Eddie Editor", "Published"), tuple("3", "Eddie Editor", "Scheduled"),
					tuple("2", "Wendy Writer", "In review"), tuple("1", "Wendy Writer", "Draft"));
		Page restore = editor.visit(history.link("Restore revision 2"));
		assertThat(restore.heading()).isEqualTo("Restore revision 2?");
		assertThat(restore.document.text()).contains("Restoring changes the live page at once.");
		Page restored = editor.submit(restore, "Restore revision 2", Map.of());
		assertThat(restored.flash())
			.isEqualTo("Revision 2 restored: its content is now saved as revision 5. Publication was not changed.");
		List<List<String>> afterRestore = restored.tableRows("table.history");
		assertThat(afterRestore).hasSize(5);
		assertThat(afterRestore.get(0)).startsWith("5 (current)", "Eddie Editor");
		assertThat(afterRestore.get(0).get(3)).isEqualTo("Published");

		// The writer's text is live again, at the address it had then; the address it
		// had in between still leads there in one hop.
		assertThat(editor.visit(editUrl).value("slug")).isEqualTo(originalSlug);
		Page back = reader.get(publicUrl);
		assertThat(back.statusCode).isEqualTo(200);
		assertThat(back.document.select("h1").text()).isEqualTo("Council approves riverside park");
		assertThat(back.document.select(".story-note-kind").eachText()).containsExactly("Correction");
		Page between = reader.get("/articles/riverside-park-approved");
		assertThat(between.statusCode).isEqualTo(301);
		assertThat(URI.create(between.location()).getPath()).isEqualTo(publicUrl);
		assertThat(reader.visit("/").document.select("main a").eachText()).contains("Council approves riverside park")
			.doesNotContain("Council approves riverside park after two-year fight");

		// 8. The audit log, as the admin sees it, tells the whole story.
		Page audit = admin.visit("/admin/audit");
		assertThat(audit.heading()).isEqualTo("Audit log");
		List<String> story8 = audit.tableRows("table.audit-log")
			.stream()
			.map((r) -> r.get(1) + " " + r.get(2))
			.collect(Collectors.toList());
		Collections.reverse(story8);
		assertThat(story8).containsSubsequence("admin login.success", "admin staff.create", "admin staff.create",
				"journey.writer login.success", "journey.writer password.change", "journey.editor login.success",
				"journey.editor password.change", "journey.writer article.create", "journey.writer article.submit",
				"journey.editor article.publish", "journey.editor article.preview-link.create",
				"journey.editor article.correction", "journey.editor article.restore-revision");
	}

	private String createAccount(Browser admin, String username, String name, String role) throws Exception {
		Page form = admin.visit("/admin/staff/new");
		assertThat(form.heading()).isEqualTo("New staff account");
		Page created = admin.submit(form, "Create account",
				Map.of("username", username, "displayName", name, "role", form.optionValue("role", role + ":")));
		assertThat(created.heading()).isEqualTo(name);
		assertThat(created.flash()).isEqualTo("Account created for " + username + ".");
		String password = created.document.select(".temporary-password code").text();
		assertThat(password).isNotBlank();
		return password;
	}

	private void firstLogin(Browser browser, String username, String temporary, String chosen) throws Exception {
		Page landing = browser.logIn(username, temporary);
		assertThat(landing.url()).isEqualTo("/admin/password");
		assertThat(landing.document.select("[role=alert]").text()).contains("temporary password");
		assertThat(browser.visit("/admin/articles/new").url()).as("held at the password page")
			.isEqualTo("/admin/password");
		Page changed = browser.submit(landing, "Change password",
				Map.of("currentPassword", temporary, "newPassword", chosen, "confirmPassword", chosen));
		assertThat(changed.flash()).isEqualTo("Your password has been changed. Use it the next time you log in.");
		assertThat(browser.visit("/admin/articles/new").url()).isEqualTo("/admin/articles/new");
	}

	/** A response and where it came from, parsed with jsoup. */
	record Page(String path, int statusCode, HttpResponse<String> response, Document document) {

		String url() {
			return this.path;
		}

		String location() {
			return this.response.headers().firstValue("Location").orElseThrow();
		}

		String heading() {
			return this.document.select("main h1, h1").first().text();
		}

		String flash() {
			return this.document.select(".flash[role=status]").text();
		}

		String status() {
			return this.document.select("p:containsOwn(Status:) strong").text();
		}

		String value(String id) {
			return this.document.getElementById(id).val();
		}

		List<String> buttons() {
			return this.document.select("button").eachText();
		}

		String optionValue(String selectId, String labelStart) {
			return this.document.select("#" + selectId + " option")
				.stream()
				.filter((option) -> option.text().startsWith(labelStart))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No option " + labelStart + " in " + selectId))
				.val();
		}

		String link(String text) {
			return this.document.select("a")
				.stream()
				.filter((a) -> a.text().equals(text))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No link " + text + " on " + this.path))
				.attr("href");
		}

		List<List<String>> tableRows(String table) {
			return this.document.select(table + " tbody tr").stream().map((tr) -> tr.select("td").eachText()).toList();
		}

	}

	/**
	 * One person's browser: keeps cookies, follows redirects itself (so a 301 can be
	 * seen), and submits forms as a browser does, with the pressed button's name and
	 * value and every field the form renders (CSRF token included).
	 */
	final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Page logIn(String username, String password) throws Exception {
			Page login = visit("/login");
			return submit(login, "Log in", Map.of("username", username, "password", password));
		}

		/** One request, no redirect followed. */
		Page get(String path) throws Exception {
			return send(path, HttpRequest.newBuilder(uri(path)).GET());
		}

		/** GET, following redirects like a browser. */
		Page visit(String path) throws Exception {
			return follow(get(path));
		}

		Page submit(Page page, String buttonText, Map<String, String> changes) throws Exception {
			Element button = page.document.select("button")
				.stream()
				.filter((b) -> b.text().equals(buttonText))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No button " + buttonText + " on " + page.path));
			Element form = button.closest("form");
			Map<String, List<String>> fields = fields(form);
			changes.forEach((name, value) -> {
				assertThat(fields).as("form field %s", name).containsKey(name);
				fields.put(name, List.of(value));
			});
			if (button.hasAttr("name")) {
				fields.put(button.attr("name"), List.of(button.val()));
			}
			String action = button.hasAttr("formaction") ? button.attr("formaction") : form.attr("action");
			String body = fields.entrySet()
				.stream()
				.flatMap((field) -> field.getValue()
					.stream()
					.map((value) -> encode(field.getKey()) + "=" + encode(value)))
				.collect(Collectors.joining("&"));
			Page response = send(action,
					HttpRequest.newBuilder(uri(action))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(body)));
			return follow(response);
		}

		private Map<String, List<String>> fields(Element form) {
			Map<String, List<String>> fields = new LinkedHashMap<>();
			for (Element field : form.select("input, select, textarea")) {
				String name = field.attr("name");
				String type = field.attr("type");
				if (name.isEmpty() || field.hasAttr("disabled") || type.equals("submit")) {
					continue;
				}
				List<String> values = fields.computeIfAbsent(name, (key) -> new ArrayList<>());
				if (field.tagName().equals("select")) {
					field.select("option[selected]").forEach((option) -> values.add(option.val()));
					if (values.isEmpty() && !field.hasAttr("multiple") && !field.select("option").isEmpty()) {
						values.add(field.select("option").first().val());
					}
				}
				else if (type.equals("checkbox") || type.equals("radio")) {
					if (field.hasAttr("checked")) {
						values.add(field.val());
					}
				}
				else {
					values.add(field.val());
				}
			}
			return fields;
		}

		private Page follow(Page page) throws Exception {
			Page current = page;
			for (int hops = 0; current.statusCode / 100 == 3 && hops < 5; hops++) {
				URI location = URI.create(current.location());
				current = get(
						location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : ""));
			}
			return current;
		}

		private Page send(String path, HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = this.client.send(request.header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(path, response.statusCode(), response,
					Jsoup.parse(response.body(), "http://localhost:" + NewsroomJourneyTests.this.port + path));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + NewsroomJourneyTests.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
