package uk.inspectiongraph.reading.ofsted;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.DateParser;
import uk.inspectiongraph.reading.DateRange;

/**
 * Reads the head of an Ofsted letter: its date (the first full date above the salutation) and
 * where the salutation ("Dear ...") starts, which bounds the recipient's address block.
 */
public final class LetterHeader {

	private static final Pattern SALUTATION = Pattern.compile("(?m)^[\\s*]*Dear\\s+\\S");

	private static final int HEAD_REACH = 3000;

	private LetterHeader() {
	}

	/** Offset of the salutation line, or -1 when the letter has none in its head. */
	public static int salutation(String text) {
		Matcher m = SALUTATION.matcher(text);
		m.region(0, Math.min(text.length(), HEAD_REACH));
		if (!m.find()) {
			return -1;
		}
		int start = m.start();
		while (start < text.length() && !Character.isLetter(text.charAt(start))) {
			start++;
		}
		return start;
	}

	/** The letter's date: the first single full date before the salutation. */
	public static Optional<DateRange> date(String text) {
		int end = salutation(text);
		int to = end < 0 ? Math.min(text.length(), HEAD_REACH) : end;
		return DateParser.findDayRanges(text, 0, to, null).stream().filter(DateRange::single).findFirst();
	}
}
