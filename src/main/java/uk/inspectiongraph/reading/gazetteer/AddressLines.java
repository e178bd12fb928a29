package uk.inspectiongraph.reading.gazetteer;

import java.util.regex.Pattern;

/**
 * Which lines of a document belong to a postal address: a line holding a UK postcode, and the
 * short lines just above one ("Piccadilly Gate / Store Street / Manchester / M1 2WD"). A place
 * named there is where a letter came from or went to, not what the document is about.
 */
final class AddressLines {

	private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\\b");

	private static final int SHORT_LINE = 40;

	private static final int LINES_ABOVE_POSTCODE = 3;

	private final boolean[] address;

	AddressLines(String text) {
		String[] lines = text.split("\n", -1);
		address = new boolean[lines.length];
		for (int i = 0; i < lines.length; i++) {
			if (POSTCODE.matcher(lines[i]).find()) {
				address[i] = true;
				markShortLinesAbove(lines, i);
			}
		}
	}

	private void markShortLinesAbove(String[] lines, int postcodeLine) {
		int seen = 0;
		for (int i = postcodeLine - 1; i >= 0 && seen < LINES_ABOVE_POSTCODE; i--) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.length() > SHORT_LINE) {
				return;
			}
			address[i] = true;
			seen++;
		}
	}

	/** Whether line {@code line} (0-based) is part of a postal address. */
	boolean isAddress(int line) {
		return line >= 0 && line < address.length && address[line];
	}
}
