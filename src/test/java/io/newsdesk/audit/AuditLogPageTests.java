package io.newsdesk.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.newsdesk.article.Article;
import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The admins' audit log page: newest first, filtered by action, who, subject and dates,
 * paged by "Older entries" however long the log, with links to the article or account
 * while it still exists. Bad filter values get a message, never an error page.
 */
@NewsdeskTest
class AuditLogPageTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AuditTrail trail;

	long staffId;

	@BeforeEach
	void reset() {
		this.data.reset();
		this.staffId = this.data.staffMember("logged.writer", "WRITER");
	}

	@Test
	void entriesAreListedNewestFirstWithWhoWhatSubjectDetailAndAddress() throws Exception {
		Article article = this.data.anArticle().withHeadline("Mayor resigns").save();
		at(day(2026, 3, 1, 9), () -> this.trail.recordAs("admin", "staff.create",
				AuditSubject.staff(this.staffId, "logged.writer"), "Role: Writer."));
		at(day(2026, 3, 1, 10), () -> this.trail.recordAs("logged.writer", "article.publish",
				AuditSubject.article(article.getId(), "Mayor resigns"), ""));
		at(day(2026, 3, 1, 11), () -> this.trail.recordAs("admin", "article.delete",
				AuditSubject.article(999_999L, "A story since purged"), "Deleted for good."));

		Document page = page(get("/admin/audit"));

		List<Element> rows = page.select("table.audit-log tbody tr");
		assertThat(rows).extracting((row) -> row.select("td").get(2).text())
			.containsExactly("article.delete", "article.publish", "staff.create");
		assertThat(rows.get(2).select("td").eachText()).startsWith("1 Mar 2026, 09:00:00", "admin", "staff.create")
			.contains("Role: Writer.");
		assertThat(rows.get(1).select("td").get(3).select("a").first().attr("href"))
			.isEqualTo("/admin/articles/" + article.getId() + "/edit");
		assertThat(rows.get(2).select("td").get(3).select("a").first().attr("href"))
			.isEqualTo("/admin/staff/" + this.staffId);
		assertThat(rows.get(0).select("td").get(3).text()).contains("A story since purged");
		assertThat(rows.get(0).select("td").get(3).select("a").first().text()).as("no link to a missing article")
			.startsWith("(all entries");
	}

	@Test
	void filtersNarrowByActionWhoSubjectAndDates() throws Exception {
		at(day(2026, 3, 1, 9), () -> this.trail.recordAs("admin", "staff.create",
				AuditSubject.staff(this.staffId, "logged.writer"), ""));
		at(day(2026, 3, 2, 9), () -> this.trail.recordAs("logged.writer", "login.success",
				AuditSubject.staff(this.staffId, "logged.writer"), ""));
		at(day(2026, 3, 3, 9),
				() -> this.trail.recordAs("admin", "staff.create", AuditSubject.staff(77L, "other"), ""));
		// 00:30 in London on 4 June is 23:30 on 3 June in UTC: the day is London's.
		at(day(2026, 6, 4, 0).plus(Duration.ofMinutes(30)),
				() -> this.trail.recordAs("admin", "login.success", AuditSubject.NONE, ""));

		assertThat(actions(get("/admin/audit").param("action", "staff.create"))).containsExactly("staff.create",
				"staff.create");
		assertThat(actors(get("/admin/audit").param("actor", "Logged.Writer"))).containsExactly("logged.writer");
		assertThat(labels(get("/admin/audit").param("subjectType", "staff").param("subjectId", "" + this.staffId)))
			.hasSize(2)
			.allMatch((label) -> label.startsWith("logged.writer"));
		assertThat(actions(get("/admin/audit").param("from", "2026-03-02").param("to", "2026-03-03")))
			.containsExactly("staff.create", "login.success");
		assertThat(actions(get("/admin/audit").param("from", "2026-06-04").param("to", "2026-06-04")))
			.containsExactly("login.success");
		assertThat(actions(get("/admin/audit").param("from", "2026-06-03").param("to", "2026-06-03"))).isEmpty();
		Document none = page(get("/admin/audit").param("action", "no.such.action"));
		assertThat(none.select("p.empty").text()).isEqualTo("No entries match these filters.");
		assertThat(none.select("#action option[selected]").text()).isEqualTo("no.such.action");
	}

	@Test
	void aLongLogIsPagedWithOlderEntriesLinks() throws Exception {
		Instant start = day(2026, 1, 10, 8);
		for (int i = 1; i <= 60; i++) {
			int n = i;
			at(start.plus(Duration.ofMinutes(i)),
					() -> this.trail.recordAs("admin", "test.step", AuditSubject.NONE, "step " + n));
		}

		Document first = page(get("/admin/audit"));
		List<String> firstDetails = details(first);
		assertThat(firstDetails).hasSize(50).startsWith("step 60").endsWith("step 11");
		assertThat(first.select("nav.pagination a").eachText()).containsExactly("Older entries →");

		Document second = page(get(first.select("a[rel=next]").attr("href")));
		assertThat(details(second)).hasSize(10).startsWith("step 10").endsWith("step 1");
		assertThat(second.select("nav.pagination a").eachText()).containsExactly("← Newest");
	}

	@Test
	void badFilterValuesAreExplainedNextToTheirFields() throws Exception {
		this.trail.recordAs("admin", "staff.create", AuditSubject.NONE, "");

		Document page = page(get("/admin/audit").param("from", "yesterday")
			.param("to", "2026-13-45")
			.param("subjectId", "abc")
			.param("actor", "someone"));

		assertThat(page.select("[role=alert]").text()).contains("could not be used");
		assertThat(errorFor(page, "from")).contains("Enter a date like");
		assertThat(errorFor(page, "to")).contains("Enter a date like");
		assertThat(errorFor(page, "subjectId")).contains("whole number");
		assertThat(page.getElementById("actor").val()).isEqualTo("someone");
		assertThat(page.getElementById("from").val()).isEqualTo("yesterday");
		assertThat(page.select("table.audit-log")).isEmpty();

		assertThat(errorFor(page(get("/admin/audit").param("from", "2026-03-05").param("to", "2026-03-01")), "to"))
			.contains("before the start date");
		assertThat(errorFor(page(get("/admin/audit").param("subjectId", "12")), "subjectType"))
			.contains("article's or a staff account's");
		assertThat(errorFor(page(get("/admin/audit").param("subjectType", "planet")), "subjectType"))
			.contains("Choose a subject type");
	}

	@Test
	void aDamagedPageLinkStartsFromTheNewestEntry() throws Exception {
		this.trail.recordAs("admin", "staff.create", AuditSubject.NONE, "only entry");

		assertThat(details(page(get("/admin/audit").param("before", "not-a-cursor")))).containsExactly("only entry");
		assertThat(details(page(get("/admin/audit").param("before", "2020-01-01T00:00:00Z,1")))).isEmpty();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request.with(user("admin").roles("ADMIN"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private List<String> actions(MockHttpServletRequestBuilder request) throws Exception {
		return column(page(request), 2);
	}

	private List<String> actors(MockHttpServletRequestBuilder request) throws Exception {
		return column(page(request), 1);
	}

	private List<String> labels(MockHttpServletRequestBuilder request) throws Exception {
		return column(page(request), 3);
	}

	private static List<String> details(Document page) {
		return column(page, 4);
	}

	private static List<String> column(Document page, int index) {
		return page.select("table.audit-log tbody tr")
			.stream()
			.map((row) -> row.select("td").get(index).text())
			.toList();
	}

	private static String errorFor(Document page, String fieldId) {
		return page.getElementById(fieldId).closest(".field").select(".field-error").text();
	}

	private void at(Instant when, Runnable action) {
		this.data.clock().set(when);
		action.run();
	}

	private static Instant day(int year, int month, int day, int hour) {
		return LocalDate.of(year, month, day).atTime(hour, 0).atZone(LONDON).toInstant();
	}

}
