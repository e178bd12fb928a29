package uk.inspectiongraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on the web server's random port, with its own embedded Neo4j in a fresh
 * directory under {@code target/} and Bolt on a free port, seeded with the demo corpus. Tests with
 * the same configuration share one application context (and so one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "inspection-graph.embedded.bolt-port=0",
				"inspection-graph.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"inspection-graph.security.editor-password=test-editor-secret" })
public @interface EmbeddedGraphTest {

	/** The editor's password in tests (set above). */
	String EDITOR_PASSWORD = "test-editor-secret";

}
