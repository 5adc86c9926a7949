package io.newsdesk.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the captured London Daily page into a headline, paragraphs and related
 * headlines.
 */
class ModelPageTests {

	private static final String CAPTURE = """
			London Daily

			Focus on the big picture.
			Friday, Jun 20, 2025

			The headline

			The headline

			First paragraph, said "someone".
			Second paragraph right below it.

			Third paragraph, it's 'quoted'.
			Newsletter

			Related Articles

			0:00
			0:00
			Close
			First related
			Second related's headline
			×
			""";

	@Test
	void parsesHeadlineParagraphsAndRelatedHeadlines() {
		ModelPage page = ModelPage.parse(CAPTURE);

		assertThat(page.headline()).isEqualTo("The headline");
		assertThat(page.paragraphs()).containsExactly("First paragraph, said \"someone\".",
				"Second paragraph right below it.", "Third paragraph, it's 'quoted'.");
		assertThat(page.relatedHeadlines()).containsExactly("First related", "Second related's headline");
	}

	@Test
	void theShippedCaptureGivesTheSeedStoryAndItsFiftyRelatedHeadlines() {
		ModelPage page = ModelPage.load();

		assertThat(page.headline()).isEqualTo("Beijing says US 'too negative' toward China");
		assertThat(page.paragraphs()).hasSize(25).doesNotContain(page.headline(), "Newsletter", "Related Articles");
		assertThat(page.paragraphs().get(0)).startsWith("A top Chinese diplomat said Friday");
		assertThat(page.paragraphs().get(1)).startsWith("The U.S. appears to be highlighting confrontation");
		assertThat(page.paragraphs().get(24)).startsWith("American military officials have warned");
		assertThat(page.paragraphs()).contains("\"Such an approach, I must say, is too negative,\" he said, "
				+ "adding that it lacks \"a forward-looking spirit.\"");
		assertThat(page.relatedHeadlines()).hasSize(50)
			.doesNotContain("Close", "0:00", "×", "")
			.startsWith("16 Billion Login Credentials Leaked in Unprecedented Cybersecurity Breach")
			.endsWith("Exiled Iranian Prince Reza Pahlavi Urges Overthrow of Khamenei Regime")
			.doesNotHaveDuplicates();
	}

}
