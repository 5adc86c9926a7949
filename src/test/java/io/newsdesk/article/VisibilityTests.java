package io.newsdesk.article;

import java.time.Duration;

import io.newsdesk.support.NewsdeskTest;
import io.newsdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The rule every public page obeys: published and due, or it does not exist. */
@NewsdeskTest
class VisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@BeforeEach
	void reset() {
		this.data.reset();
	}

	@Test
	void publishedArticleWhoseTimeHasComeIsShown() throws Exception {
		this.data.anArticle().withHeadline("Markets rally").publishedAgo(Duration.ofHours(1)).save();
		this.mvc.perform(get("/articles/markets-rally"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Markets rally")));
	}

	@Test
	void draftIsNotFoundAnywhere() throws Exception {
		this.data.anArticle().withHeadline("Secret draft").draft().save();
		this.mvc.perform(get("/articles/secret-draft")).andExpect(status().isNotFound());
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("Secret draft"))));
	}

	@Test
	void scheduledArticleIsHiddenUntilItsPublishTime() throws Exception {
		this.data.anArticle().withHeadline("Embargoed story").scheduledIn(Duration.ofHours(2)).save();
		this.mvc.perform(get("/articles/embargoed-story")).andExpect(status().isNotFound());
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("Embargoed story"))));

		this.data.clock().advance(Duration.ofHours(2));

		this.mvc.perform(get("/articles/embargoed-story")).andExpect(status().isOk());
		this.mvc.perform(get("/")).andExpect(content().string(containsString("Embargoed story")));
	}

}
