package uk.inspectiongraph.reading.jtai;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.DateParser;
import uk.inspectiongraph.reading.DateRange;
import uk.inspectiongraph.reading.DateValue;

/**
 * Reads when a joint inspection took place. The letters state it in the sentence that says who
 * inspected: "Between 27 February and 3 March 2017, Ofsted, ...", "Between 8 October 2018 and 12
 * October 2018", "This inspection took place from 23 to 27 May 2022", "from 13 November 2023 to 17
 * November 2023". The first such phrase after the salutation wins; a day range found there without
 * a year takes the letter's.
 */
final class JointDates {

	private static final Pattern LEAD_IN = Pattern.compile(
			"\\b(?:Between|took\\s+place\\s+(?:from|between|on)|(?:was\\s+)?(?:carried\\s+out|undertaken|conducted)"
					+ "\\s+(?:from|between|on)|inspection\\s+(?:from|between))\\s+(?=\\d)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern JOIN = Pattern.compile("\\s*(?:and|to|until|-|–)\\s*", Pattern.CASE_INSENSITIVE);

	private static final int REACH = 80;

	private JointDates() {
	}

	/** "8 October 2018 and 12 October 2018": two full dates joined make one range. */
	private static DateRange joined(String text, List<DateRange> found) {
		DateRange first = found.get(0);
		if (!first.single() || found.size() < 2) {
			return first;
		}
		DateRange second = found.get(1);
		String between = text.substring(first.span().end(), second.span().start());
		if (!JOIN.matcher(between).matches() || second.end().date().isBefore(first.start().date())) {
			return first;
		}
		return new DateRange(first.start(), second.end(), new Span(first.span().start(), second.span().end()));
	}

	static Optional<DateRange> read(String text, int from, DateValue letterDate) {
		Integer year = letterDate == null ? null : letterDate.year();
		Matcher m = LEAD_IN.matcher(text);
		m.region(Math.max(0, from), text.length());
		while (m.find()) {
			List<DateRange> found = DateParser.findDayRanges(text, m.end(), Math.min(text.length(), m.end() + REACH),
					year);
			if (!found.isEmpty() && found.get(0).span().start() == m.end()) {
				return Optional.of(joined(text, found));
			}
		}
		return Optional.empty();
	}
}
