package io.newsdesk.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.newsdesk.NewsdeskApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts the application the way an operator does ({@code java -jar}, settings on the
 * command line, a real port), for the few tests that are about start-up itself: external
 * database, restart on the same data directory. Arguments go on the command line so they
 * beat environment variables such as SPRING_DATASOURCE_URL a CI machine may set.
 */
public final class StandaloneApp {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private StandaloneApp() {
	}

	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(NewsdeskApplication.class)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton(TestClassesExcluded.class.getName(), new TestClassesExcluded()))
			.run(args);
	}

	public static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
		String port = app.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Component scanning from NewsdeskApplication would otherwise pick up the test
	 * support beans (movable clock, fixtures) from the test classpath;
	 * {@code @SpringBootTest} excludes them the same way.
	 */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName())
					|| reader.getAnnotationMetadata().isAnnotated(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcluded;
		}

		@Override
		public int hashCode() {
			return TestClassesExcluded.class.hashCode();
		}

	}

}
