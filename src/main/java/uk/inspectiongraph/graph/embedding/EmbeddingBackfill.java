package uk.inspectiongraph.graph.embedding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every finding's vector current in the background, so that ingestion keeps its pace:
 * once the application has said it is ready, one daemon thread records the model in the graph,
 * then embeds the findings that lack a vector of the current model, a batch per transaction, and looks again
 * after {@code inspection-graph.embedding.idle-wait} when none is left. Stopping the application
 * stops it between batches; the next start resumes (see {@link FindingEmbeddings}).
 */
@Component
class EmbeddingBackfill implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddingBackfill.class);

	private final FindingEmbeddings embeddings;

	private final EmbeddingProperties properties;

	private volatile Thread worker;

	EmbeddingBackfill(FindingEmbeddings embeddings, EmbeddingProperties properties) {
		this.embeddings = embeddings;
		this.properties = properties;
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
				if (embeddings.embedBatch() == 0) {
					pause();
				}
			}
			catch (RuntimeException ex) {
				log.debug("Embedding a batch of findings failed; trying again later", ex);
				pause();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(properties.idleWait().toMillis());
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
