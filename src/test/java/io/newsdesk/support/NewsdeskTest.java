package io.newsdesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real PostgreSQL (a throw-away embedded one unless
 * SPRING_DATASOURCE_URL is set), with MockMvc, a movable clock and fixture builders. All
 * classes using it share one Spring context and so one database: call
 * {@link TestData#reset()} in {@code @BeforeEach}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, TestData.class, SqlStatementCounter.class })
public @interface NewsdeskTest {

}
