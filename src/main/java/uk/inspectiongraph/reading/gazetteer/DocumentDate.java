package uk.inspectiongraph.reading.gazetteer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roughly when a document was written, to tell a former authority from its namesake successor:
 * the first full date in its text (a letter's date, a report's inspection dates, a meeting's
 * date), else the first month and year, else a date in its file name.
 */
final class DocumentDate {

	private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October"
			+ "|November|December)";

	private static final Pattern FULL_DATE = Pattern
		.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTHS + "\\s+((?:19|20)\\d\\d)\\b",
			Pattern.CASE_INSENSITIVE);

	private DocumentDate() {
	}

	static Optional<LocalDate> of(String text, String fileName) {
		return first(text).or(() -> fileName == null ? Optional.empty() : first(fileName));
	}

	private static Optional<LocalDate> first(String text) {
		Matcher full = FULL_DATE.matcher(text);
		while (full.find()) {
			Optional<LocalDate> date = date(Integer.parseInt(full.group(3)), full.group(2),
					Integer.parseInt(full.group(1)));
			if (date.isPresent()) {
				return date;
			}
		}
		Matcher monthYear = MONTH_YEAR.matcher(text);
		return monthYear.find() ? date(Integer.parseInt(monthYear.group(2)), monthYear.group(1), 1) : Optional.empty();
	}

	private static Optional<LocalDate> date(int year, String month, int day) {
		try {
			return Optional.of(LocalDate.of(year, Month.valueOf(month.toUpperCase(Locale.ROOT)), day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}
}
