package uk.inspectiongraph.ingest;

import uk.inspectiongraph.graph.write.DemoSeedRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty graph with the demo corpus of {@code graph-seed/documents} through the same
 * ingestion pipeline as every other document. A graph that already holds documents is left alone,
 * so a restart neither re-seeds nor duplicates, unless its seeding was stopped part of the way
 * ({@link DemoSeedRecord}): then the documents not yet written are (those written are unchanged,
 * and ingesting them again changes nothing). Runs at start-up, once the schema is in place:
 * before the application says it is ready, or, with {@code inspection-graph.seed.background} (set
 * by the {@code run} command), on a thread of its own started once it is ready, so that a first
 * start is not held by the seeding; {@link #seeding()} says whether it is still under way (true from
 * the ready line on when the graph was empty). Stopping the application
 * abandons the document being written (its transaction rolls back) and seeds no further.
 */
@Component
@Order(1)
public class CorpusSeeder implements ApplicationRunner, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CorpusSeeder.class);

	/** The longest a stop waits for the seeding thread to notice it. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(10);

	private final IngestService ingest;

	private final DemoSeedRecord record;

	private final SeedProperties properties;

	private final AtomicBoolean seeding = new AtomicBoolean();

	private volatile boolean stopping;

	private volatile Thread background;

	CorpusSeeder(IngestService ingest, DemoSeedRecord record, SeedProperties properties) {
		this.ingest = ingest;
		this.record = record;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.background()) {
			log.info("Graph ready: {} seed documents ingested", seedIfNeeded());
		}
		else if (needsSeeding()) {
			seeding.set(true);
		}
	}

	/**
	 * Starts the background seeding decided by {@link #run} once the application has said it is
	 * ready (after {@code StartupUrls}), so that its CPU is not taken from the ready line.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void seedOnceReady() {
		if (seeding.get() && background == null && !stopping) {
			Thread thread = new Thread(this::seedInBackground, "corpus-seeder");
			thread.setDaemon(true);
			background = thread;
			thread.start();
		}
	}

	/** Whether the demo corpus is being seeded in the background right now. */
	public boolean seeding() {
		return seeding.get();
	}

	private boolean needsSeeding() {
		return properties.enabled() && record.needed();
	}

	/**
	 * Seeds when enabled and the graph holds no document, or its seeding was stopped part of the
	 * way; returns how many documents were ingested (those already held count, unchanged).
	 */
	public long seedIfNeeded() {
		return needsSeeding() ? seed() : 0;
	}

	/** Offers every seed document not yet written and records the seeding as finished unless stopped. */
	private long seed() {
		record.begin();
		long ingested = 0;
		for (Resource resource : seedDocuments()) {
			if (stopping) {
				break;
			}
			DocumentOutcome outcome = ingest.ingest(resource.getFilename(), bytesOf(resource));
			if (outcome.status() == DocumentOutcome.Status.FAILED) {
				log.warn("Seed document {} was not ingested: {}", outcome.file(), outcome.reason());
			}
			else {
				ingested++;
			}
		}
		if (!stopping) {
			record.finish();
			log.info("Seeded the graph with {} documents from {}", ingested, properties.location());
		}
		return ingested;
	}

	private void seedInBackground() {
		try {
			log.info("Seeding in the background: {} seed documents ingested", seed());
		}
		catch (RuntimeException ex) {
			if (stopping) {
				log.info("Seeding stopped with the application: {}", ex.getMessage());
			}
			else {
				log.warn("Seeding the demo corpus failed: {}", ex.getMessage(), ex);
			}
		}
		finally {
			seeding.set(false);
		}
	}

	/** Nothing to start: seeding begins with the runners, once the schema is in place. */
	@Override
	public void start() {
	}

	/**
	 * Stops a background seeding before the database stops, without waiting for the document it is
	 * writing: the thread is interrupted, which makes the driver end the transaction under way (the
	 * document lands whole or not at all). Waiting for that document made a stop right after a first
	 * start take as long as the first, cold, write (tens of seconds on a busy machine).
	 */
	@Override
	public void stop() {
		stopping = true;
		Thread thread = background;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(STOP_WAIT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return !stopping;
	}

	private Resource[] seedDocuments() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(properties.location());
			return Arrays.stream(found)
				.filter(Resource::isReadable)
				.filter(resource -> resource.getFilename() != null && !resource.getFilename().endsWith(".md"))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toArray(Resource[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the seed documents at " + properties.location(), ex);
		}
	}

	private static byte[] bytesOf(Resource resource) {
		try {
			return resource.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed document " + resource.getFilename(), ex);
		}
	}
}
