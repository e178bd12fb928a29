package uk.inspectiongraph.reading.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PhrasePatternTest {

	private static boolean matches(String phrase, String text) {
		Pattern p = PhrasePattern.compile(List.of(phrase));
		return p.matcher(PhrasePattern.normalise(text)).find();
	}

	@Test
	void aWordMatchesItsPluralAndPossessiveButNotALongerWord() {
		assertThat(matches("caseload", "Caseloads are high")).isTrue();
		assertThat(matches("child", "the child’s plan")).isTrue();
		assertThat(matches("plan", "planning meetings")).isFalse();
	}

	@Test
	void aStarMatchesAnyEndingOrBeginning() {
		assertThat(matches("recruit*", "recruitment and retention")).isTrue();
		assertThat(matches("*SCB", "The BSCB should")).isTrue();
	}

	@Test
	void spacesAndHyphensAreInterchangeable() {
		assertThat(matches("well-being", "emotional well being")).isTrue();
		assertThat(matches("out of hours", "the out-of-hours service")).isTrue();
	}

	@Test
	void twoDotsStandForAFewWords() {
		assertThat(matches("caseload* .. high", "caseloads remain far too high")).isTrue();
		assertThat(matches("caseload* .. high", "caseloads are manageable; staff have very high morale")).isFalse();
	}

	@Test
	void normalisingKeepsOffsets() {
		String text = "children’s views – wishes";
		assertThat(PhrasePattern.normalise(text)).hasSameSizeAs(text).isEqualTo("children's views - wishes");
	}
}
