package uk.inspectiongraph.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"17 July 2018|2018-07-17|2018-07-17",
			"15-16 December 2021|2021-12-15|2021-12-16",
			"15 to 16 December 2021|2021-12-15|2021-12-16",
			"26 and 27 June 2018|2018-06-26|2018-06-27",
			"30 September – 4 October 2019|2019-09-30|2019-10-04",
			"8 October 2018 to 19 October 2018|2018-10-08|2018-10-19",
			"29 and 30 September, and 1 October 2020|2020-09-29|2020-10-01",
			"between 13 October and 15 October 2020|2020-10-13|2020-10-15",
			"18 Feb 2014 – 12 March 2014|2014-02-18|2014-03-12",
			"30 December 2019 to 3 January 2020|2019-12-30|2020-01-03",
			"1/06/2015 – 25/06/2015|2015-06-01|2015-06-25",
			"20 June 2017 ─ 13 July 2017|2017-06-20|2017-07-13",
			"May 2017|2017-05|2017-05",
			"Oct/Nov 16|2016-10|2016-11" })
	void parsesDatesAndSpans(String text, String start, String end) {
		DateRange range = DateParser.parse(text).orElseThrow();
		assertThat(range.start()).hasToString(start);
		assertThat(range.end()).hasToString(end);
	}

	@Test
	void spansCrossLineBreaksAndPointIntoTheText() {
		String text = "the visit on 15 and\n16 December 2021. Later";
		DateRange range = DateParser.firstDayRange(text).orElseThrow();
		assertThat(range.span().of(text)).isEqualTo("15 and\n16 December 2021");
	}

	@Test
	void aSpanWithoutAYearTakesTheDefaultYear() {
		String text = "on 13 and 14 July. Inspectors";
		assertThat(DateParser.findDayRanges(text, 0, text.length(), null)).isEmpty();
		assertThat(DateParser.findDayRanges(text, 0, text.length(), 2021).get(0).start()).hasToString("2021-07-13");
	}

	@Test
	void separateDatesAreNotJoinedIntoOneSpan() {
		String text = "dated 3 May 2019 and 7 June 2019";
		assertThat(DateParser.findDayRanges(text, 0, text.length(), null)).hasSize(2);
	}

	@Test
	void monthPrecisionIsKeptAndPrintsAsYearMonth() {
		DateValue month = DateParser.parse("Second monitoring visit September 2017").orElseThrow().start();
		assertThat(month.precision()).isEqualTo(DateValue.Precision.MONTH);
		assertThat(month).hasToString("2017-09");
	}

	@Test
	void textWithoutADateGivesNothing() {
		assertThat(DateParser.parse("no date here, 47 of them")).isEmpty();
	}
}
