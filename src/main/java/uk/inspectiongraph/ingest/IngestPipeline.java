package uk.inspectiongraph.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * One ingestion run: documents are prepared (read and extracted) on a pool of one thread per core,
 * a bounded window ahead of the writer, while the calling thread writes them in input order. Each
 * write takes the next document and every one after it that is already prepared, up to
 * {@code maxBatch} ({@link IngestProperties}): when extraction runs ahead, documents are written many to a transaction;
 * when the writer keeps up, one at a time, without waiting for company.
 */
final class IngestPipeline {

	private final BatchWriter writer;

	private final int maxBatch;

	private final int window;

	IngestPipeline(BatchWriter writer, int maxBatch) {
		this.writer = writer;
		this.maxBatch = maxBatch;
		this.window = Math.max(2 * maxBatch, 2 * Runtime.getRuntime().availableProcessors());
	}

	IngestReport run(List<Callable<PreparedDocument>> tasks, BiConsumer<Integer, Integer> progress) {
		long started = System.currentTimeMillis();
		List<DocumentOutcome> outcomes = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			Iterator<Callable<PreparedDocument>> next = tasks.iterator();
			Deque<Future<PreparedDocument>> pending = new ArrayDeque<>();
			fill(pending, next, pool);
			while (!pending.isEmpty()) {
				List<PreparedDocument> batch = takeReady(pending);
				fill(pending, next, pool);
				for (DocumentOutcome outcome : writer.store(batch)) {
					outcomes.add(outcome);
					progress.accept(outcomes.size(), tasks.size());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new IngestReport(outcomes, System.currentTimeMillis() - started);
	}

	private void fill(Deque<Future<PreparedDocument>> pending, Iterator<Callable<PreparedDocument>> next,
			ExecutorService pool) {
		while (pending.size() < window && next.hasNext()) {
			pending.add(pool.submit(next.next()));
		}
	}

	/** The next document, waited for, and those after it that are ready already. */
	private List<PreparedDocument> takeReady(Deque<Future<PreparedDocument>> pending) {
		List<PreparedDocument> batch = new ArrayList<>();
		batch.add(await(pending.poll()));
		while (batch.size() < maxBatch && !pending.isEmpty() && pending.peek().isDone()) {
			batch.add(await(pending.poll()));
		}
		return batch;
	}

	private static PreparedDocument await(Future<PreparedDocument> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Ingestion was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Ingestion failed unexpectedly", ex.getCause());
		}
	}
}
