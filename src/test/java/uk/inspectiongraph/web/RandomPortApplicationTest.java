package uk.inspectiongraph.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random HTTP port with its embedded database on a random Bolt port and
 * in a fresh directory, for tests that drive its pages from a browser. Test classes carrying this
 * annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "inspection-graph.embedded.bolt-port=0",
				"inspection-graph.embedded.data-directory=target/test-neo4j/${random.uuid}" })
public @interface RandomPortApplicationTest {
}
