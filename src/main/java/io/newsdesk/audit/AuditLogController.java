package io.newsdesk.audit;

import java.util.ArrayList;
import java.util.List;

import io.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for admins: who did what, when, to which article or account, from where;
 * newest first, filtered, paged by keyset. Read-only, like the table behind it.
 * SecurityConfiguration restricts /admin/audit to admins.
 */
@Controller
class AuditLogController {

	static final String VIEW = "admin/audit/list";

	private final AuditLog log;

	private final SiteProperties site;

	AuditLogController(AuditLog log, SiteProperties site) {
		this.log = log;
		this.site = site;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String before, Model model) {
		AuditLogFilter filter = new AuditLogFilter(action, actor, subjectType, subjectId, from, to, before);
		AuditLogFilter.Checked checked = filter.check(this.site.timeZone());
		List<String> actions = new ArrayList<>(this.log.actions());
		if (checked.action() != null && !actions.contains(checked.action())) {
			actions.add(0, checked.action());
		}
		model.addAttribute("filter", filter);
		model.addAttribute("errors", checked.errors());
		model.addAttribute("actions", actions);
		model.addAttribute("filtered", !filter.isEmpty());
		model.addAttribute("continued", checked.before() != null);
		model.addAttribute("newestUrl", filter.urlNewest());
		if (!checked.isValid()) {
			model.addAttribute("rows", List.of());
			return VIEW;
		}
		AuditLog.AuditPage page = this.log.find(checked);
		model.addAttribute("rows", page.rows());
		model.addAttribute("olderUrl",
				page.hasOlder() ? filter.urlBefore(page.last().occurredAt(), page.last().id()) : null);
		return VIEW;
	}

}
