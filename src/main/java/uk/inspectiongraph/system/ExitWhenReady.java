package uk.inspectiongraph.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ends the start that trains the class data sharing archive ({@code ./mvnw package}) once the
 * application is ready, with {@code inspection-graph.exit-when-ready=true}. Stopping there rather
 * than when the context is refreshed puts the whole start's classes in the archive: the embedded
 * database's, and those of the Cypher planner that the migrations and reference data wake, which
 * were most of what a start still loaded from the jars.
 */
@Component
@ConditionalOnProperty(name = "inspection-graph.exit-when-ready", havingValue = "true")
class ExitWhenReady {

	@EventListener(ApplicationReadyEvent.class)
	@Order
	void exit(ApplicationReadyEvent ready) {
		System.exit(SpringApplication.exit(ready.getApplicationContext()));
	}
}
