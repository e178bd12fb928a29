package uk.inspectiongraph.reading.ofsted;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A letter's date wherever PDF text order puts it: above the salutation, or (printed on the right
 * of the page) on a line of its own just below it; a date inside the letter's prose is not its date.
 */
class LetterHeaderTest {

	@Test
	void theFirstDateAboveTheSalutation() {
		String letter = "Ofsted\nPiccadilly Gate\n\n14 March 2019\n\nPat Example\n\nDear Pat\n\nOn 2 March 2019 we visited.";
		assertThat(LetterHeader.date(letter).orElseThrow().start().date()).isEqualTo(LocalDate.of(2019, 3, 14));
	}

	@Test
	void aDateAloneOnItsLineBelowTheSalutation() {
		String letter = "Ofsted\nPiccadilly Gate\n\nPat Example\nExampleshire County Council\n\nDear Pat\n"
				+ "  Thursday 14 March 2019  \n\nFocused visit to Exampleshire children's services\n\n"
				+ "This letter summarises the findings of the focused visit on 12 and 13 February 2019.";
		assertThat(LetterHeader.date(letter).orElseThrow().start().date()).isEqualTo(LocalDate.of(2019, 3, 14));
	}

	@Test
	void aDateInTheProseBelowTheSalutationIsNotTheLettersDate() {
		String letter = "Ofsted\nPiccadilly Gate\n\nPat Example\n\nDear Pat\n\nOn 2 March 2019 we visited Exampleshire.";
		assertThat(LetterHeader.date(letter)).isEmpty();
	}
}
