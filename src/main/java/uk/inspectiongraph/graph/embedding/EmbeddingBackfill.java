package uk.inspectiongraph.graph.embedding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps every finding's vector current in the background, so that ingestion keeps its pace:
 * once the schema is ready it records the model in the graph, then one daemon thread embeds the
 * findings that lack a vector of the current model, a batch per transaction, and looks again
 * after {@code inspection-graph.embedding.idle-wait} when none is left. Stopping the application
 * stops it between batches; the next start resumes (see {@link FindingEmbeddings}).
 */
@Component
@Order(5)
class EmbeddingBackfill implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddingBackfill.class);

	private final FindingEmbeddings embeddings;

	private final EmbeddingProperties properties;

	private volatile Thread worker;

	EmbeddingBackfill(FindingEmbeddings embeddings, EmbeddingProperties properties) {
		this.embeddings = embeddings;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		embeddings.recordModel();
		if (properties.background()) {
			Thread thread = new Thread(this::work, "finding-embeddings");
			thread.setDaemon(true);
			worker = thread;
			thread.start();
		}
	}

	private void work() {
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
