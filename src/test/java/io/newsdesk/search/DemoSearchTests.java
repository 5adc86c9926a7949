package io.newsdesk.search;

import io.newsdesk.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's "done when", on the demo site: searching "Hong Kong" or "Le Yucheng" finds
 * the seed story with a highlighted snippet. Same annotations as DemoContentTests, so
 * Spring reuses that context (demo content loaded into its own database).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "newsdesk.demo.enabled=true")
class DemoSearchTests {

	private static final String SEED_HEADLINE = "Beijing says US 'too negative' toward China";

	@Autowired
	MockMvc mvc;

	@Test
	void leYuchengFindsTheSeedStoryFirstWithHighlightedName() throws Exception {
		Document page = Html.page(this.mvc, "/search?q=Le Yucheng");

		assertThat(Html.cardHeadlines(page)).first().isEqualTo(SEED_HEADLINE);
		assertThat(page.select(".search-result").first().select(".search-snippet mark").eachText()).contains("Le",
				"Yucheng");
	}

	@Test
	void quotedHongKongFindsTheSeedStory() throws Exception {
		Document page = Html.page(this.mvc, "/search?q=\"Hong Kong\"");

		assertThat(Html.cardHeadlines(page)).contains(SEED_HEADLINE);
		assertThat(page.select(".search-snippet mark").eachText()).contains("Hong", "Kong");
	}

}
