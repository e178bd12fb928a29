package uk.inspectiongraph.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import uk.inspectiongraph.reading.ReadingLimits;

/**
 * What reading one document may cost, and how many documents are read at once, so that hostile
 * uploads (decompression bombs, pages of millions of operators) are refused with a reason and
 * cannot exhaust the heap together. The defaults are {@link ReadingLimits#defaults()}, with a wide
 * margin over real Ofsted reports; see the README's configuration table.
 *
 * @param maxPages the most pages a PDF may have
 * @param maxCharacters the most characters of text a document may hold
 * @param maxPageCharacters the most characters one PDF page may draw
 * @param maxOperators the most content-stream operators a PDF may run
 * @param maxStreamSize the most one compressed stream of a PDF may inflate to
 * @param maxSeconds the longest a document may take to read, in seconds
 * @param maxMemory the memory PDFBox may use for its buffers of one document before temporary files
 * @param maxFileSize the largest file read from disk by {@code ingest} or the seed
 * @param concurrentReads how many documents are read at once (0: one per core)
 * @param maxWait how long an upload waits for its turn to be read before it is refused with 503
 */
@ConfigurationProperties("inspection-graph.reading")
public record ReadingProperties(@DefaultValue("1000") int maxPages, @DefaultValue("2000000") long maxCharacters,
		@DefaultValue("50000") int maxPageCharacters, @DefaultValue("1000000") long maxOperators,
		@DefaultValue("64MB") DataSize maxStreamSize, @DefaultValue("30") int maxSeconds,
		@DefaultValue("16MB") DataSize maxMemory, @DefaultValue("256MB") DataSize maxFileSize,
		@DefaultValue("0") int concurrentReads, @DefaultValue("10s") Duration maxWait) {

	public ReadingProperties {
		limits(maxPages, maxCharacters, maxPageCharacters, maxOperators, maxStreamSize, maxSeconds, maxMemory,
				maxFileSize);
		if (concurrentReads < 0) {
			throw new IllegalArgumentException(ReadingLimits.SETTINGS + "concurrent-reads must be 0 (one per core) or more (was "
					+ concurrentReads + ")");
		}
		if (maxWait.isNegative()) {
			throw new IllegalArgumentException(ReadingLimits.SETTINGS + "max-wait must not be negative (was " + maxWait + ")");
		}
	}

	/** The limits handed to the reader. */
	public ReadingLimits limits() {
		return limits(maxPages, maxCharacters, maxPageCharacters, maxOperators, maxStreamSize, maxSeconds, maxMemory,
				maxFileSize);
	}

	/** How many documents are read at once: the setting, or one per core. */
	public int readers() {
		return concurrentReads > 0 ? concurrentReads : Runtime.getRuntime().availableProcessors();
	}

	private static ReadingLimits limits(int maxPages, long maxCharacters, int maxPageCharacters, long maxOperators,
			DataSize maxStreamSize, int maxSeconds, DataSize maxMemory, DataSize maxFileSize) {
		return new ReadingLimits(maxPages, maxCharacters, maxPageCharacters, maxOperators, maxStreamSize.toBytes(),
				Duration.ofSeconds(maxSeconds), maxMemory.toBytes(), maxFileSize.toBytes());
	}
}
