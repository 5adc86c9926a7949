package io.newsdesk.article.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** /admin lands on the article list, the page editors use most. */
@Controller
class AdminHomeController {

	@GetMapping({ "/admin", "/admin/" })
	String home() {
		return "redirect:/admin/articles";
	}

}
