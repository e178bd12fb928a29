package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses the dates of English prose: days ("17 July 2018", "1st May 2019"), spans of days
 * ("15-16 December 2021", "15 to 16 December 2021", "26 and 27 June 2018", "30 September – 4 October
 * 2019", "29 and 30 September, and 1 October 2020", "8 October 2018 to 19 October 2018") and months
 * ("May 2017", "Oct/Nov 16"), which keep month precision, and numeric day-first dates ("1/06/2015"). Words between the numbers may run over line
 * breaks. Stateless and thread-safe.
 */
public final class DateParser {

	static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
			+ "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

	private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

	private static final String DASH = "-|–|—|‒|─|−";

	private static final String JOIN = "\\s*(?:,\\s*)?(?:and|&|to|until|" + DASH + "|,)\\s*";

	/** Days of one month: "15", "15 and 16", "29, 30" followed by the month and maybe a year. */
	private static final Pattern DAY_GROUP = Pattern.compile("(?<![\\d£.])(?<days>" + DAY + "(?:" + JOIN + DAY
			+ ")*)\\s+(?<month>" + MONTH + ")\\b\\.?(?:,?\\s+(?<year>(?:19|20)\\d{2})\\b)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?<first>" + MONTH + ")\\b\\.?(?:\\s*/\\s*(?<second>"
			+ MONTH + ")\\b\\.?)?,?\\s+(?<year>(?:19|20)\\d{2}|'?\\d{2})\\b(?!\\s*(?:-|–|/)?\\s*\\d)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern JOIN_ONLY = Pattern.compile("^" + JOIN + "$|^\\s*$", Pattern.CASE_INSENSITIVE);

	/** A numeric date, day first as in English documents: "1/06/2015". */
	private static final Pattern NUMERIC = Pattern.compile(
			"(?<![\\d/])(?<day>\\d{1,2})/(?<month>\\d{1,2})/(?<year>(?:19|20)\\d{2})(?![\\d/])");

	private static final Pattern LOOSE_JOIN = Pattern.compile("^\\s*(?:,\\s*)?(?:to|until|" + DASH + ")\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");

	private static final int MAX_SPAN_DAYS = 62;

	private DateParser() {
	}

	/** The first day-precision date or span of days in {@code text}, if any. */
	public static Optional<DateRange> firstDayRange(String text) {
		return findDayRanges(text, 0, text.length(), null).stream().findFirst();
	}

	/** Parses one date or span, day precision first, else month precision. */
	public static Optional<DateRange> parse(String text) {
		Optional<DateRange> day = firstDayRange(text);
		return day.isPresent() ? day : findMonthRanges(text, 0, text.length()).stream().findFirst();
	}

	/**
	 * Every day-precision date or span in {@code text[from, to)}, in order. A span whose last group
	 * has no year takes {@code defaultYear} (null: such a span is skipped); an earlier group without
	 * a year takes the next group's year (one less where the months run over a new year).
	 */
	public static List<DateRange> findDayRanges(String text, int from, int to, Integer defaultYear) {
		List<DayGroup> groups = dayGroups(text, from, to);
		List<DateRange> ranges = new ArrayList<>();
		int i = 0;
		while (i < groups.size()) {
			int j = i;
			while (j + 1 < groups.size() && joins(text, groups.get(j), groups.get(j + 1))) {
				j++;
			}
			toRange(groups.subList(i, j + 1), defaultYear).ifPresent(ranges::add);
			i = j + 1;
		}
		return ranges;
	}

	/** Every month-precision date or span ("May 2017", "Oct/Nov 16") in {@code text[from, to)}. */
	public static List<DateRange> findMonthRanges(String text, int from, int to) {
		List<DateRange> ranges = new ArrayList<>();
		Matcher m = MONTH_ONLY.matcher(text).region(from, to);
		while (m.find()) {
			if (precededByDay(text, m.start())) {
				continue;
			}
			int year = year(m.group("year"));
			YearMonth first = YearMonth.of(year, month(m.group("first")));
			YearMonth last = m.group("second") == null ? first : YearMonth.of(year, month(m.group("second")));
			if (last.isBefore(first)) {
				first = first.minusYears(1);
			}
			ranges.add(new DateRange(DateValue.month(first), DateValue.month(last), new Span(m.start(), m.end())));
		}
		return ranges;
	}

	private record DayGroup(List<Integer> days, int month, Integer year, int start, int end) {
	}

	private static List<DayGroup> dayGroups(String text, int from, int to) {
		List<DayGroup> groups = new ArrayList<>();
		Matcher m = DAY_GROUP.matcher(text).region(from, to);
		while (m.find()) {
			List<Integer> days = new ArrayList<>();
			Matcher d = DAY_NUMBER.matcher(m.group("days"));
			while (d.find()) {
				days.add(Integer.parseInt(d.group()));
			}
			Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
			groups.add(new DayGroup(days, month(m.group("month")), year, m.start(), m.end()));
		}
		Matcher n = NUMERIC.matcher(text).region(from, to);
		while (n.find()) {
			int month = Integer.parseInt(n.group("month"));
			if (month >= 1 && month <= 12) {
				groups.add(new DayGroup(List.of(Integer.parseInt(n.group("day"))), month,
						Integer.valueOf(n.group("year")), n.start(), n.end()));
			}
		}
		groups.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return groups;
	}

	private static boolean joins(String text, DayGroup left, DayGroup right) {
		String gap = text.substring(left.end(), right.start());
		if (left.year() == null) {
			return JOIN_ONLY.matcher(gap).matches();
		}
		return LOOSE_JOIN.matcher(gap).matches();
	}

	private static Optional<DateRange> toRange(List<DayGroup> groups, Integer defaultYear) {
		DayGroup first = groups.get(0);
		DayGroup last = groups.get(groups.size() - 1);
		Integer endYear = last.year() != null ? last.year() : defaultYear;
		if (endYear == null) {
			return Optional.empty();
		}
		try {
			LocalDate end = LocalDate.of(endYear, last.month(), last.days().get(last.days().size() - 1));
			int startYear = first.year() != null ? first.year() : endYear;
			LocalDate start = LocalDate.of(startYear, first.month(), first.days().get(0));
			if (start.isAfter(end) && first.year() == null) {
				start = start.minusYears(1);
			}
			if (start.isAfter(end) || start.plusDays(MAX_SPAN_DAYS).isBefore(end)) {
				return Optional.empty();
			}
			return Optional.of(new DateRange(DateValue.day(start), DateValue.day(end), new Span(first.start(), last.end())));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static boolean precededByDay(String text, int start) {
		int i = start - 1;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i >= 0 && Character.isDigit(text.charAt(i));
	}

	private static int year(String digits) {
		String plain = digits.replace("'", "");
		return plain.length() == 2 ? 2000 + Integer.parseInt(plain) : Integer.parseInt(plain);
	}

	static int month(String name) {
		String key = name.substring(0, 3).toLowerCase(java.util.Locale.ROOT);
		return switch (key) {
			case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
			case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
			default -> throw new IllegalArgumentException("not a month: " + name);
		};
	}
}
