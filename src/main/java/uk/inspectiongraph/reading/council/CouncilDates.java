package uk.inspectiongraph.reading.council;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.DateValue;

/**
 * Finds the dates council papers write: a day ("12 April 2022", "Tuesday 1 February 2022"), a
 * month ("November 2021", "Sept 2017") or a two-month range with a short year ("Oct/Nov 16").
 * Each match keeps its offsets so facts can carry a span.
 */
public final class CouncilDates {

	/** A date found in text: its start, its end if a range was written, and where it was. */
	public record Found(DateValue start, DateValue end, int from, int to) {
	}

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
			Map.entry("dec", 12));

	private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
			+ "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

	private static final Pattern DATE = Pattern.compile("(?i)\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(" + MONTH
			+ ")\\.?(?:\\s*[/–-]\\s*(" + MONTH + ")\\.?)?,?\\s+('?)(\\d{4}|\\d{2})\\b");

	private CouncilDates() {
	}

	/** Every date in {@code text} between {@code from} and {@code to}, in text order. */
	public static List<Found> findAll(String text, int from, int to) {
		List<Found> found = new ArrayList<>();
		Matcher m = DATE.matcher(text).region(from, to);
		while (m.find()) {
			Found date = toFound(m);
			if (date != null) {
				found.add(date);
			}
		}
		return found;
	}

	/** The first date given to the day between {@code from} and {@code to}, or null. */
	public static Found firstDay(String text, int from, int to) {
		for (Found date : findAll(text, from, to)) {
			if (date.start().precision() == DateValue.Precision.DAY) {
				return date;
			}
		}
		return null;
	}

	private static Found toFound(Matcher m) {
		String yearText = m.group(5);
		boolean shortYear = yearText.length() == 2;
		if (shortYear && m.group(3) == null && m.group(4).isEmpty()) {
			return null; // "May 17" alone is too often a day of May: only ranges and 'yy take a short year
		}
		int year = shortYear ? 2000 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
		if (year < 1990 || year > 2100) {
			return null;
		}
		YearMonth first = YearMonth.of(year, month(m.group(2)));
		try {
			DateValue start = m.group(1) != null && m.group(3) == null
					? DateValue.day(LocalDate.of(year, first.getMonthValue(), Integer.parseInt(m.group(1))))
					: DateValue.month(first);
			DateValue end = m.group(3) == null ? null : DateValue.month(YearMonth.of(year, month(m.group(3))));
			return new Found(start, end, m.start(), m.end());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int month(String name) {
		return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
	}
}
