package uk.inspectiongraph.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.InflaterInputStream;

/**
 * Measures, before PDFBox parses anything, what every compressed stream of a PDF inflates to.
 * PDFBox 3.0 decodes a stream whole into memory when it first reads it (content streams, fonts,
 * object and cross-reference streams alike), whatever its memory settings, so a few megabytes that
 * inflate to a gigabyte would fill the heap. Here each {@code stream} keyword's data is inflated
 * into nothing, counting, and a stream that passes {@link ReadingLimits#maxStreamBytes()}, or streams
 * that pass four times that in all, refuse the document; data inflated again (a zlib stream inside a
 * zlib stream) is followed through.
 */
final class InflatedStreams {

	private static final byte[] KEYWORD = "stream".getBytes(StandardCharsets.US_ASCII);

	private static final int MAX_NESTING = 8;

	private InflatedStreams() {
	}

	/** Refuses the PDF if any of its Flate streams inflates past the budget's limit. */
	static void check(byte[] pdf, ReadingBudget budget) {
		for (int at = Bytes.indexOf(pdf, KEYWORD, 0); at >= 0; at = Bytes.indexOf(pdf, KEYWORD, at + KEYWORD.length)) {
			int start = dataStart(pdf, at);
			if (start > 0) {
				measure(pdf, start, budget);
			}
		}
	}

	/** Inflates the stream at {@code start} once, then again for as long as its data is zlib data itself. */
	private static void measure(byte[] pdf, int start, ReadingBudget budget) {
		for (int depth = 1; depth <= MAX_NESTING && measure(pdf, start, depth, budget); depth++) {
			// Each pass measures one more level of nesting.
		}
	}

	/** Counts what {@code depth} inflations of the stream give; true if that is zlib data again. */
	private static boolean measure(byte[] pdf, int start, int depth, ReadingBudget budget) {
		byte[] chunk = new byte[64 * 1024];
		long size = 0;
		boolean nested = false;
		try (InputStream inflated = inflated(new ByteArrayInputStream(pdf, start, pdf.length - start), depth)) {
			for (int read = inflated.read(chunk); read > 0; read = inflated.read(chunk)) {
				nested |= size == 0 && read >= 2 && isZlibHeader(chunk[0] & 0xFF, chunk[1] & 0xFF);
				size += read;
				budget.checkStreamBytes(size);
				budget.spendInflatedBytes(read);
				budget.checkTime();
			}
		}
		catch (IOException ex) {
			// Not Flate data, or data that ends early: PDFBox will read no more of it than was counted.
		}
		return nested;
	}

	private static InputStream inflated(InputStream raw, int depth) {
		InputStream stream = raw;
		for (int level = 0; level < depth; level++) {
			stream = new InflaterInputStream(stream);
		}
		return stream;
	}

	private static boolean isZlibHeader(int first, int second) {
		return first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
	}

	/** Where a stream's data begins after the keyword at {@code at}, or -1 (an {@code endstream}, no EOL). */
	private static int dataStart(byte[] pdf, int at) {
		if (at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd') {
			return -1;
		}
		int next = at + KEYWORD.length;
		if (next < pdf.length && pdf[next] == '\r') {
			next++;
		}
		return next < pdf.length && pdf[next] == '\n' ? next + 1 : -1;
	}
}
