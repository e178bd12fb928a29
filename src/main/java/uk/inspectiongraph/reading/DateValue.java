package uk.inspectiongraph.reading;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as precisely as a document states it: a day ("17 July 2018") or only a month
 * ("May 2017", "Oct/Nov 16"). A month-precision value holds the first of the month and prints
 * as {@code yyyy-mm}.
 */
public record DateValue(LocalDate date, Precision precision) {

	/** How much of a date the document gave. */
	public enum Precision {
		DAY, MONTH
	}

	public static DateValue day(LocalDate date) {
		return new DateValue(date, Precision.DAY);
	}

	public static DateValue month(YearMonth month) {
		return new DateValue(month.atDay(1), Precision.MONTH);
	}

	public int year() {
		return date.getYear();
	}

	/** ISO form: {@code yyyy-mm-dd}, or {@code yyyy-mm} for a month. */
	@Override
	public String toString() {
		return precision == Precision.DAY ? date.toString() : YearMonth.from(date).toString();
	}
}
