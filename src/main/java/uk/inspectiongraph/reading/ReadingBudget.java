package uk.inspectiongraph.reading;

import java.time.Duration;
import java.util.Locale;

/**
 * What one read of one document has spent so far against its {@link ReadingLimits}: time since it
 * started, characters, glyphs on the current page and operators run. Each {@code spend} method
 * throws {@link ReadingLimitException} as soon as a limit is passed, so a hostile document stops
 * costing while it is being read, not after. One budget per read, used by one thread.
 */
final class ReadingBudget {

	private final ReadingLimits limits;

	private final long deadline;

	private long characters;

	private long pageCharacters;

	private long operators;

	private long inflated;

	ReadingBudget(ReadingLimits limits) {
		this.limits = limits;
		this.deadline = System.nanoTime() + limits.maxTime().toNanos();
	}

	ReadingLimits limits() {
		return limits;
	}

	/** Refuses the document once its time is up. */
	void checkTime() {
		if (System.nanoTime() - deadline > 0) {
			throw new ReadingLimitException("took too long: longer than " + duration(limits.maxTime()) + " to read ("
					+ ReadingLimits.SETTINGS + "max-seconds)");
		}
	}

	/** Refuses a PDF that declares more pages than allowed. */
	void checkPages(int pages) {
		if (pages > limits.maxPages()) {
			throw new ReadingLimitException("too large: " + number(pages) + " pages, over " + number(limits.maxPages())
					+ " (" + ReadingLimits.SETTINGS + "max-pages)");
		}
	}

	/** Counts one content-stream operator; every 4,096th also checks the time. */
	void spendOperator() {
		operators++;
		if (operators > limits.maxOperators()) {
			throw new ReadingLimitException("too complex: over " + number(limits.maxOperators())
					+ " drawing operators (" + ReadingLimits.SETTINGS + "max-operators)");
		}
		if ((operators & 4095) == 0) {
			checkTime();
		}
	}

	/** Counts one glyph drawn on the current page. */
	void spendGlyph() {
		pageCharacters++;
		if (pageCharacters > limits.maxPageCharacters()) {
			throw new ReadingLimitException("too large: a page draws over " + number(limits.maxPageCharacters())
					+ " characters (" + ReadingLimits.SETTINGS + "max-page-characters)");
		}
	}

	/** Starts counting the glyphs of a new page. */
	void startPage() {
		pageCharacters = 0;
		checkTime();
	}

	/** Counts characters of text written out. */
	void spendCharacters(long count) {
		characters += count;
		if (characters > limits.maxCharacters()) {
			throw new ReadingLimitException(tooManyCharacters());
		}
	}

	/** The refusal of a text over the character limit. */
	String tooManyCharacters() {
		return "too large: over " + number(limits.maxCharacters()) + " characters of text (" + ReadingLimits.SETTINGS
				+ "max-characters)";
	}

	/** Refuses a stream that inflates past the limit. */
	void checkStreamBytes(long bytes) {
		if (bytes > limits.maxStreamBytes()) {
			throw new ReadingLimitException("too large: a compressed stream inflates to over "
					+ size(limits.maxStreamBytes()) + " (" + ReadingLimits.SETTINGS + "max-stream-size)");
		}
	}

	/**
	 * Counts bytes inflated from a document's streams; they may come to at most four times the
	 * limit of one stream (PDFBox holds a page's content streams in memory together).
	 */
	void spendInflatedBytes(long bytes) {
		inflated += bytes;
		if (inflated > 4 * limits.maxStreamBytes()) {
			throw new ReadingLimitException("too large: its compressed streams inflate to over "
					+ size(4 * limits.maxStreamBytes()) + " in all (4 x " + ReadingLimits.SETTINGS + "max-stream-size)");
		}
	}

	private static String duration(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? number(duration.toSeconds()) + " s" : number(duration.toMillis()) + " ms";
	}

	/** A size in bytes, in whole megabytes when it is one. */
	static String size(long bytes) {
		return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? number(bytes >> 20) + " MB" : number(bytes) + " bytes";
	}

	private static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}
}
