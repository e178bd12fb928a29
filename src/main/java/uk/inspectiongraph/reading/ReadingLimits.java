package uk.inspectiongraph.reading;

import java.time.Duration;

/**
 * How much one document may cost to read, so that a hostile file (a decompression bomb, a page of
 * millions of drawing commands, a page tree declaring a billion pages) is refused with a reason
 * instead of taking the server's memory and time. Plain values with no framework behind them: the
 * application binds them from {@code inspection-graph.reading.*}, the {@code extract} command uses
 * {@link #defaults()}. The defaults leave a wide margin over the real Ofsted reports of the
 * development corpus (at most 51 pages, 136k characters, 3.9k glyphs and 6.4k operators on a page,
 * 57k operators in a document, 335 KB for the largest inflated stream, 3 s to read).
 *
 * @param maxPages the most pages a PDF may declare
 * @param maxCharacters the most characters of text a document may hold
 * @param maxPageCharacters the most glyphs one PDF page may draw (a page's glyphs are held in
 * memory until the page ends, so this bounds the memory of one page)
 * @param maxOperators the most content-stream operators a PDF may run, over all its pages
 * @param maxStreamBytes the most bytes one compressed stream of a PDF may inflate to
 * @param maxTime the longest a document may take to read
 * @param maxMemoryBytes the memory PDFBox may use for its buffers before it turns to temporary files
 * @param maxFileBytes the largest file read from disk (an upload is bounded before it is read, by the
 * web server's multipart limit)
 */
public record ReadingLimits(int maxPages, long maxCharacters, int maxPageCharacters, long maxOperators,
		long maxStreamBytes, Duration maxTime, long maxMemoryBytes, long maxFileBytes) {

	/** The prefix of the settings these limits are bound from, named in every refusal. */
	public static final String SETTINGS = "inspection-graph.reading.";

	public ReadingLimits {
		positive("max-pages", maxPages);
		positive("max-characters", maxCharacters);
		positive("max-page-characters", maxPageCharacters);
		positive("max-operators", maxOperators);
		positive("max-stream-size", maxStreamBytes);
		positive("max-memory", maxMemoryBytes);
		positive("max-file-size", maxFileBytes);
		if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
			throw new IllegalArgumentException(SETTINGS + "max-seconds must be more than 0 (was " + maxTime + ")");
		}
	}

	/** The limits used when nothing is configured. */
	public static ReadingLimits defaults() {
		return new ReadingLimits(1_000, 2_000_000, 50_000, 1_000_000, 64L << 20, Duration.ofSeconds(30), 16L << 20,
				256L << 20);
	}

	private static void positive(String name, long value) {
		if (value < 1) {
			throw new IllegalArgumentException(SETTINGS + name + " must be 1 or more (was " + value + ")");
		}
	}
}
