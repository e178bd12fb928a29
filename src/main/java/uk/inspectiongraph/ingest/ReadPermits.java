package uk.inspectiongraph.ingest;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * At most {@link ReadingProperties#readers()} documents are read at once, whichever way they came
 * in, so that concurrent uploads of large or hostile documents cannot together exhaust the heap or
 * every core. An upload waits its turn for at most {@link ReadingProperties#maxWait()} and is then
 * refused as busy; a batch ({@code ingest}, the seed) waits as long as it takes.
 */
@Component
class ReadPermits {

	private final Semaphore permits;

	private final int readers;

	private final Duration maxWait;

	ReadPermits(ReadingProperties properties) {
		this.readers = properties.readers();
		this.permits = new Semaphore(readers, true);
		this.maxWait = properties.maxWait();
	}

	/** Runs {@code read} when a reader is free within the wait, or refuses it as busy. */
	<T> T whenFree(Supplier<T> read) {
		if (!tryAcquire()) {
			throw new ReadingBusyException("busy: " + readers + " documents are being read and none finished within "
					+ maxWait.toSeconds() + " s; try again later (inspection-graph.reading.concurrent-reads, "
					+ "inspection-graph.reading.max-wait)", maxWait);
		}
		try {
			return read.get();
		}
		finally {
			permits.release();
		}
	}

	/** Runs {@code read} when a reader is free, however long that takes. */
	<T> T inTurn(Supplier<T> read) {
		permits.acquireUninterruptibly();
		try {
			return read.get();
		}
		finally {
			permits.release();
		}
	}

	private boolean tryAcquire() {
		try {
			return permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
