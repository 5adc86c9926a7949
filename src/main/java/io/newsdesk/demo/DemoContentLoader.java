package io.newsdesk.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.admin.ArticleEditor;
import io.newsdesk.article.admin.ArticleForm;
import io.newsdesk.section.Section;
import io.newsdesk.section.SectionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Fills an empty site with the London Daily model page so there is something real to read
 * on first start: the seed story with its paragraphs, and each Related Articles headline
 * as a short demo article, linked in the page's order. It goes through
 * {@link ArticleEditor} like an editor's save would. It runs once per database, ever: a
 * flag row claimed in the same transaction makes restarts and parallel instances skip it.
 */
@Component
@Order(2)
class DemoContentLoader implements ApplicationRunner {

	static final String FLAG = "demo-content-loaded";

	private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

	/** The model page's date; the story leads, its related headlines precede it. */
	private static final LocalDateTime SEED_PUBLISHED = LocalDateTime.of(2025, 6, 20, 10, 0);

	/**
	 * First match wins, so the order matters ("UK deploys jets ... Israel-Iran" is UK).
	 */
	private static final List<Map.Entry<String, String>> SECTION_BY_KEYWORD = List.of(Map.entry("uk ", "uk"),
			Map.entry("king ", "uk"), Map.entry("princess", "uk"), Map.entry("welsh", "uk"), Map.entry("surrey", "uk"),
			Map.entry("devon", "uk"), Map.entry("towcester", "uk"), Map.entry("sainsbury", "uk"),
			Map.entry("grooming", "uk"), Map.entry("knighted", "uk"), Map.entry("trooping", "uk"),
			Map.entry("pitchford", "uk"), Map.entry("lightning", "uk"), Map.entry("trump", "us"),
			Map.entry("biden", "us"), Map.entry("senate", "us"), Map.entry("minnesota", "us"), Map.entry("u.s.", "us"),
			Map.entry("xai", "technology"), Map.entry("login credentials", "technology"),
			Map.entry("chips", "technology"), Map.entry("gold ", "business"), Map.entry("yacht", "business"),
			Map.entry("oil ", "business"));

	private final DemoContentProperties properties;

	private final ArticleEditor editor;

	private final ArticleRepository articles;

	private final SectionRepository sections;

	private final JdbcTemplate jdbc;

	DemoContentLoader(DemoContentProperties properties, ArticleEditor editor, ArticleRepository articles,
			SectionRepository sections, JdbcTemplate jdbc) {
		this.properties = properties;
		this.editor = editor;
		this.articles = articles;
		this.sections = sections;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.properties.enabled()) {
			return;
		}
		boolean claimed = this.jdbc.update("insert into app_flag (name) values (?) on conflict do nothing", FLAG) == 1;
		if (!claimed) {
			return;
		}
		if (this.articles.count() > 0) {
			log.info("Demo content skipped: the database already has articles");
			return;
		}
		ModelPage page = ModelPage.load();
		List<Long> relatedIds = new ArrayList<>();
		for (int i = 0; i < page.relatedHeadlines().size(); i++) {
			String headline = page.relatedHeadlines().get(i);
			relatedIds.add(save(relatedForm(headline, SEED_PUBLISHED.minusHours(2L * (i + 1)))).getId());
		}
		ArticleForm seed = new ArticleForm();
		seed.setHeadline(page.headline());
		seed.setStandfirst("A top Chinese diplomat says U.S. policy toward China is \"too negative\" "
				+ "and that cooperation could be critically important.");
		seed.setBody(String.join("\n\n", page.paragraphs()));
		seed.setSectionId(section("world").getId());
		seed.setTags("China, United States, Diplomacy, Climate change, Hong Kong, Taiwan");
		seed.setByline("Associated Press");
		seed.setPublishAt(SEED_PUBLISHED.toString());
		// The page lists 50 headlines, but an editor may pick at most 20: link the first
		// 20
		// so the seed story stays editable; the rest still fill the rail by section.
		seed.setRelatedIds(relatedIds.subList(0, Math.min(relatedIds.size(), ArticleForm.MAX_RELATED)));
		save(seed);
		log.info("Loaded the London Daily demo content: 1 story and {} related articles", relatedIds.size());
	}

	private ArticleForm relatedForm(String headline, LocalDateTime publishAt) {
		ArticleForm form = new ArticleForm();
		form.setHeadline(headline);
		form.setStandfirst("Demo content: one of the Related Articles listed on the London Daily page of "
				+ "20 June 2025, kept as a short placeholder.");
		form.setBody("*This is demo content shipped with Newsdesk.* It stands in for the story \"" + headline
				+ "\" from the Related Articles list of the model page. Edit or delete it in the admin.");
		form.setSectionId(section(sectionSlugFor(headline)).getId());
		form.setByline("London Daily staff");
		form.setPublishAt(publishAt.toString());
		return form;
	}

	private Article save(ArticleForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		return this.editor.publish(form, errors);
	}

	private static String sectionSlugFor(String headline) {
		String lower = headline.toLowerCase(Locale.ROOT) + " ";
		return SECTION_BY_KEYWORD.stream()
			.filter((entry) -> lower.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("world");
	}

	private Section section(String slug) {
		return this.sections.findBySlug(slug).orElseThrow(() -> new IllegalStateException("No section " + slug));
	}

}
