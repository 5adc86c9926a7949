package io.newsdesk.generator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The "generate" command: with the {@code generate} profile the application fills the
 * database once at start ({@link ArchiveGenerator}) and exits, or keeps serving with
 * {@code --newsdesk.generator.then-serve=true}. Never active in a normal start. A refusal
 * (real articles present) or failure stops the start with a non-zero exit code.
 */
@Component
@Profile("generate")
@Order(10)
class GenerateArchiveRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GenerateArchiveRunner.class);

	private final ArchiveGenerator generator;

	private final GeneratorProperties settings;

	private final ConfigurableApplicationContext context;

	GenerateArchiveRunner(ArchiveGenerator generator, GeneratorProperties settings,
			ConfigurableApplicationContext context) {
		this.generator = generator;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.generator.generate(this.settings);
		if (this.settings.thenServe()) {
			log.info("Generator: keeping the site running (newsdesk.generator.then-serve=true)");
			return;
		}
		log.info("Generator: exiting (add --newsdesk.generator.then-serve=true to keep serving)");
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

}
