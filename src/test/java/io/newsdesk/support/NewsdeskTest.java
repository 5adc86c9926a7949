package io.newsdesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real PostgreSQL (a throw-away embedded one unless
 * SPRING_DATASOURCE_URL is set), with MockMvc, a movable clock and fixture builders. All
 * classes using it share one Spring context and so one database: call
 * {@link TestData#reset()} in {@code @BeforeEach}. The context also listens on a random
 * port, because error pages are rendered by the servlet container's error dispatch, which
 * MockMvc does not perform: tests of 404 and 400 pages use real HTTP.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, TestData.class, SqlStatementCounter.class })
public @interface NewsdeskTest {

}
