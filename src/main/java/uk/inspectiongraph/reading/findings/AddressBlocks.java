package uk.inspectiongraph.reading.findings;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds letterhead address blocks that PDF text drops into the middle of a page's prose: a line
 * ending in a UK postcode ("Manchester M1 2WD", "M1 2WD"), the few short unpunctuated lines of
 * street and town above it, and the telephone, email and web lines below it, blank lines between
 * them allowed.
 */
final class AddressBlocks {

	private static final Pattern POSTCODE_LINE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$");

	private static final Pattern CONTACT_LINE = Pattern
		.compile("(?i)^(?:t|tel|telephone|textphone|f|fax|e|email)\\b[:\\s]*[\\d+(]|@|www\\.|https?://");

	private static final Pattern TERMINAL = Pattern.compile("[.!?:;,]$");

	private static final int MAX_POSTCODE_LINE = 40;

	private static final int MAX_STREET_LINE = 30;

	private static final int MAX_STREET_LINES = 3;

	private static final int MAX_CONTACT_LINE = 60;

	private static final int MAX_CONTACT_LINES = 5;

	private AddressBlocks() {
	}

	/** Marks as noise the address blocks among {@code raw} lines (offsets into {@code text}). */
	static void mark(String text, List<int[]> raw, boolean[] noise) {
		for (int i = 0; i < raw.size(); i++) {
			String line = content(text, raw.get(i));
			if (!noise[i] && mayEndInPostcode(line) && POSTCODE_LINE.matcher(line).find()) {
				noise[i] = true;
				markAbove(text, raw, noise, i);
				markBelow(text, raw, noise, i);
			}
		}
	}

	/** A cheap test before the postcode pattern: a short line ending in a capital letter. */
	private static boolean mayEndInPostcode(String line) {
		int n = line.length();
		return n >= 5 && n <= MAX_POSTCODE_LINE && line.charAt(n - 1) >= 'A' && line.charAt(n - 1) <= 'Z';
	}

	private static void markAbove(String text, List<int[]> raw, boolean[] noise, int postcode) {
		int taken = 0;
		for (int j = postcode - 1; j >= 0 && taken < MAX_STREET_LINES; j--) {
			String line = content(text, raw.get(j));
			if (line.isEmpty()) {
				continue;
			}
			if (line.length() > MAX_STREET_LINE || TERMINAL.matcher(line).find() || Bullets.startsItem(line)
					|| Headings.isKnownHeading(line)) {
				return;
			}
			noise[j] = true;
			taken++;
		}
	}

	private static void markBelow(String text, List<int[]> raw, boolean[] noise, int postcode) {
		int taken = 0;
		for (int j = postcode + 1; j < raw.size() && taken < MAX_CONTACT_LINES; j++) {
			String line = content(text, raw.get(j));
			if (line.isEmpty()) {
				continue;
			}
			if (line.length() > MAX_CONTACT_LINE || !CONTACT_LINE.matcher(line).find()) {
				return;
			}
			noise[j] = true;
			taken++;
		}
	}

	private static String content(String text, int[] line) {
		return text.substring(line[0], line[1]);
	}
}
