package uk.inspectiongraph.reading.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CouncilDatesTest {

	private static String first(String text) {
		CouncilDates.Found found = CouncilDates.findAll(text, 0, text.length()).get(0);
		return found.start() + (found.end() == null ? "" : ".." + found.end());
	}

	@Test
	void readsDaysMonthsAndShortYearRanges() {
		assertThat(first("Cabinet 12 April 2022")).isEqualTo("2022-04-12");
		assertThat(first("on 1st February 2022")).isEqualTo("2022-02-01");
		assertThat(first("visit in Sept 2017")).isEqualTo("2017-09");
		assertThat(first("Inspection Oct/Nov 16:")).isEqualTo("2016-10..2016-11");
		assertThat(first("January 2018")).isEqualTo("2018-01");
	}

	@Test
	void ignoresImpossibleDatesAndBareShortYears() {
		assertThat(CouncilDates.findAll("31 February 2022 and May 17", 0, 27)).isEmpty();
	}

	@Test
	void firstDaySkipsMonthOnlyDates() {
		String text = "November 2021 report, meeting 3 May 2022";
		assertThat(CouncilDates.firstDay(text, 0, text.length()).start()).hasToString("2022-05-03");
	}
}
