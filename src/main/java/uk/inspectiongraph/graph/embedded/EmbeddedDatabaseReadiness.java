package uk.inspectiongraph.graph.embedded;

import org.springframework.context.SmartLifecycle;

/**
 * Holds the application back until the embedded database, which starts in the background while
 * the beans are made, is running: before the web server takes requests and before the runners
 * (migrations, reference data, seeding) touch the graph. The driver connects on first use and its
 * Bolt URI is known before the database listens, so without this a first query could find the
 * port closed, or still held by a previous run that this start is waiting out. A start that
 * fails stops the application here, with its reason.
 */
final class EmbeddedDatabaseReadiness implements SmartLifecycle {

	/** Before every other lifecycle, the web server's included. */
	private static final int PHASE = Integer.MIN_VALUE;

	private final EmbeddedDatabase database;

	private volatile boolean running;

	EmbeddedDatabaseReadiness(EmbeddedDatabase database) {
		this.database = database;
	}

	@Override
	public void start() {
		database.await();
		running = true;
	}

	/** Nothing to stop: the database shuts down when its bean is destroyed, after the driver. */
	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}
}
