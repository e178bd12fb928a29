package uk.inspectiongraph.api.finding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import uk.inspectiongraph.api.protection.InvalidArgumentException;

/** Highlighted snippets and cursors. */
class SnippetsTest {

	@Test
	void marksEverySearchedWordAndEscapesTheRest() {
		String snippet = Snippets.highlight("Caseloads are too high & staff <turnover> means caseloads rise.",
				"caseloads AND turnover");

		assertThat(snippet).isEqualTo("<mark>Caseloads</mark> are too high &amp; staff &lt;<mark>turnover</mark>&gt; "
				+ "means <mark>caseloads</mark> rise.");
	}

	@Test
	void aWordThatIsAlsoTheNameOfAnEscapeIsMarkedInTheTextNotInsideTheEscape() {
		assertThat(Snippets.highlight("Leaders \u2013 and managers & staff: amp up the pace", "ndash amp"))
			.isEqualTo("Leaders \u2013 and managers &amp; staff: <mark>amp</mark> up the pace");
		assertThat(Snippets.highlight("Plans for \"quot\" children <lt>", "quot lt"))
			.isEqualTo("Plans for &quot;<mark>quot</mark>&quot; children &lt;<mark>lt</mark>&gt;");
	}

	@Test
	void aWildcardMarksWholeWordsWithThePrefix() {
		assertThat(Snippets.highlight("Supervision is supervised.", "supervis*"))
			.isEqualTo("<mark>Supervision</mark> is <mark>supervised</mark>.");
	}

	@Test
	void aLongTextIsCutAroundTheFirstMatch() {
		String text = "x ".repeat(300) + "caseloads " + "y ".repeat(300);

		String snippet = Snippets.highlight(text, "caseloads");
		assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>caseloads</mark>");
		assertThat(snippet.length()).isLessThan(400);
	}

	@Test
	void cursorsRoundTripAndNonsenseIsABadRequest() {
		assertThat(Cursors.offsetAfter(Cursors.of(41))).isEqualTo(42);
		assertThat(Cursors.offsetAfter(null)).isZero();
		assertThatThrownBy(() -> Cursors.offsetAfter("nonsense")).isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("endCursor");
	}
}
