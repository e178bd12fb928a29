package uk.inspectiongraph.system;

import uk.inspectiongraph.graph.embedded.PreviousRun;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stops the application when the process that started it is gone. {@code ./mvnw spring-boot:run}
 * runs the application in a JVM of its own; when Maven is killed ({@code kill -9}, a closed
 * terminal) that JVM would live on, holding the ports and the database, and the next start would
 * fail on "address already in use" ({@link PreviousRun} waits a little for it). On with
 * {@code inspection-graph.exit-with-parent=true}, which the pom sets for {@code spring-boot:run}
 * only: a jar started from a shell must outlive the shell.
 */
@Component
@ConditionalOnProperty("inspection-graph.exit-with-parent")
class ParentProcessWatch {

	private static final long CHECK_MILLIS = 500;

	private static final Logger log = LoggerFactory.getLogger(ParentProcessWatch.class);

	private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "parent-process-watch");
		thread.setDaemon(true);
		return thread;
	});

	@EventListener
	void watch(ApplicationStartedEvent event) {
		Optional<ProcessHandle> parent = ProcessHandle.current().parent();
		parent.ifPresent(process -> checks.scheduleWithFixedDelay(() -> stopIfGone(process, event.getApplicationContext()),
				CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS));
	}

	private void stopIfGone(ProcessHandle parent, ConfigurableApplicationContext context) {
		if (!parent.isAlive()) {
			checks.shutdown();
			log.warn("The process that started this one ({}) has ended; stopping", parent.pid());
			System.exit(SpringApplication.exit(context));
		}
	}
}
