package uk.inspectiongraph.reading.ofsted;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.DateParser;
import uk.inspectiongraph.reading.DateRange;
import uk.inspectiongraph.reading.DateValue;

/**
 * Reads when an inspection or visit took place: the "Inspection dates:" line of a report, or the
 * dates of the opening sentence of a letter ("... the findings of the focused visit to X on 17 July
 * 2018", "between 3 and 5 November 2020"). A letter's dates without a year take the letter's year.
 */
public final class VisitDates {

	private static final Pattern REPORT_LABEL = Pattern.compile(
			"Inspection\\s+dates?\\s*[:*]*|Dates?\\s+of\\s+inspection\\s*[:*]*", Pattern.CASE_INSENSITIVE);

	private static final Pattern LETTER_OPENING = Pattern.compile(
			"summaris\\w*\\s+the\\s+findings|findings\\s+of\\s+(?:a|the|our)\\s+\\w+\\s+visit|visit\\s+to\\s+\\S",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	private static final int LABEL_REACH = 120;

	private static final int SENTENCE_REACH = 400;

	private VisitDates() {
	}

	/** The dates after a report's "Inspection dates" label. */
	public static Optional<DateRange> ofReport(String text) {
		Matcher m = REPORT_LABEL.matcher(text);
		while (m.find()) {
			int to = Math.min(text.length(), m.end() + LABEL_REACH);
			List<DateRange> found = DateParser.findDayRanges(text, m.end(), to, null);
			if (!found.isEmpty() && found.get(0).span().start() - m.end() < 20) {
				return Optional.of(found.get(0));
			}
		}
		return Optional.empty();
	}

	/**
	 * The dates of a letter's opening sentence; {@code letterDate} gives the year when the letter
	 * leaves it out.
	 */
	public static Optional<DateRange> ofLetter(String text, DateValue letterDate) {
		Integer year = letterDate == null ? null : letterDate.year();
		Matcher m = LETTER_OPENING.matcher(text);
		while (m.find()) {
			int to = Math.min(text.length(), m.end() + SENTENCE_REACH);
			List<DateRange> found = DateParser.findDayRanges(text, m.start(), to, year);
			if (!found.isEmpty()) {
				return Optional.of(inferYear(text, found.get(0), letterDate));
			}
		}
		return Optional.empty();
	}

	/** A span whose year was left out and that falls after the letter belongs to the year before. */
	private static DateRange inferYear(String text, DateRange range, DateValue letterDate) {
		boolean yearStated = YEAR.matcher(range.span().of(text)).find();
		if (yearStated || letterDate == null || !range.start().date().isAfter(letterDate.date())) {
			return range;
		}
		return lastYear(range);
	}

	private static DateRange lastYear(DateRange range) {
		return new DateRange(DateValue.day(range.start().date().minusYears(1)),
				DateValue.day(range.end().date().minusYears(1)), range.span());
	}
}
