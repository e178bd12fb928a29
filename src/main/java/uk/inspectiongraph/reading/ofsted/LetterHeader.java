package uk.inspectiongraph.reading.ofsted;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.DateParser;
import uk.inspectiongraph.reading.DateRange;

/**
 * Reads the head of an Ofsted letter: its date (the first full date above the salutation, else a
 * date alone on its line below it) and
 * where the salutation ("Dear ...") starts, which bounds the recipient's address block.
 */
public final class LetterHeader {

	private static final Pattern SALUTATION = Pattern.compile("(?m)^[\\s*]*Dear\\s+\\S");

	private static final int HEAD_REACH = 3000;

	/** What may stand beside a date on a line of its own: spaces, markdown stars, a weekday. */
	private static final Pattern DATE_LINE_REST = Pattern.compile(
			"[\\s*]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)?[\\s*]*", Pattern.CASE_INSENSITIVE);

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

	/**
	 * The letter's date: the first single full date before the salutation, else the first line
	 * after it that is a date alone (a date printed on the right of the page can come after the
	 * salutation in PDF text order).
	 */
	public static Optional<DateRange> date(String text) {
		int end = salutation(text);
		int to = end < 0 ? Math.min(text.length(), HEAD_REACH) : end;
		Optional<DateRange> above = DateParser.findDayRanges(text, 0, to, null).stream().filter(DateRange::single)
			.findFirst();
		return above.isPresent() || end < 0 ? above : dateLineAfter(text, end);
	}

	private static Optional<DateRange> dateLineAfter(String text, int from) {
		int to = Math.min(text.length(), from + HEAD_REACH / 2);
		return DateParser.findDayRanges(text, from, to, null).stream()
			.filter(DateRange::single)
			.filter(range -> aloneOnItsLine(text, range))
			.findFirst();
	}

	private static boolean aloneOnItsLine(String text, DateRange range) {
		int lineStart = text.lastIndexOf('\n', range.span().start() - 1) + 1;
		int lineEnd = text.indexOf('\n', range.span().end());
		String before = text.substring(lineStart, range.span().start());
		String after = text.substring(range.span().end(), lineEnd < 0 ? text.length() : lineEnd);
		return DATE_LINE_REST.matcher(before).matches() && DATE_LINE_REST.matcher(after).matches();
	}
}
