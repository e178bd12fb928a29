package uk.inspectiongraph.graph.embedding;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every finding's vector current in the background, so that ingestion keeps its pace:
 * once the application has said it is ready, one daemon thread records the model in the graph,
 * then embeds the findings that lack a vector of the current model, a batch per transaction, and
 * looks again after {@code inspection-graph.embedding.idle-wait} when none is left. After each
 * batch it rests for {@code pace} times the batch's time, so that a backfill of a whole corpus
 * neither grows the heap nor takes the cores from analysts' questions, and it waits for a pause in
 * the questions before each batch ({@link QuestionTraffic}); a batch embeds {@code chunk-size}
 * findings at a time and stops, storing what it has, once a question arrives. Stopping the application
 * stops it between batches; the next start resumes (see {@link FindingEmbeddings}).
 */
@Component
class EmbeddingBackfill implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddingBackfill.class);

	private final FindingEmbeddings embeddings;

	private final EmbeddingProperties properties;

	private final QuestionTraffic traffic;

	private volatile Thread worker;

	EmbeddingBackfill(FindingEmbeddings embeddings, EmbeddingProperties properties, QuestionTraffic traffic) {
		this.embeddings = embeddings;
		this.properties = properties;
		this.traffic = traffic;
	}

	/** Starts the background thread once the application has said it is ready. */
	@EventListener(ApplicationReadyEvent.class)
	void startOnceReady() {
		if (properties.background() && worker == null) {
			Thread thread = new Thread(this::work, "finding-embeddings");
			thread.setDaemon(true);
			worker = thread;
			thread.start();
		}
		else if (!properties.background()) {
			embeddings.recordModel();
		}
	}

	private void work() {
		try {
			embeddings.recordModel();
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the embedding model in the graph: {}", ex.getMessage());
		}
		log.info("Embedding findings with {} in the background", embeddings.model().id());
		while (!Thread.currentThread().isInterrupted()) {
			try {
				yieldToQuestions();
				long started = System.nanoTime();
				if (embeddings.embedBatch(properties.batchSize(), properties.chunkSize(), this::quiet) == 0) {
					pause(properties.idleWait());
				}
				else {
					pause(restAfter(System.nanoTime() - started));
				}
			}
			catch (RuntimeException ex) {
				log.debug("Embedding a batch of findings failed; trying again later", ex);
				pause(properties.idleWait());
			}
		}
	}

	/** Waits while analysts' requests are being answered, at most {@code max-yield}. */
	private void yieldToQuestions() {
		long since = System.nanoTime();
		Duration wait = traffic.waitBeforeBatch(since, since);
		while (!wait.isZero() && !Thread.currentThread().isInterrupted()) {
			pause(wait);
			wait = traffic.waitBeforeBatch(System.nanoTime(), since);
		}
	}

	/** Whether no question has been answered within the yield window: a batch goes on to its next chunk. */
	private boolean quiet() {
		return traffic.quietAt(System.nanoTime());
	}

	/** The rest after a batch that took {@code batchNanos}: {@code pace} times as long. */
	Duration restAfter(long batchNanos) {
		return Duration.ofNanos((long) (batchNanos * Math.max(0, properties.pace())));
	}

	private static void pause(Duration rest) {
		if (rest.isZero()) {
			return;
		}
		try {
			Thread.sleep(rest.toMillis(), (int) (rest.toNanosPart() % 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		Thread running = worker;
		if (running != null) {
			running.interrupt();
			running.join(5_000);
		}
	}
}
