package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The improvement items of reports under the single inspection framework, on small self-written
 * texts shaped like their PDF text: one item per numbered point or bullet, whatever ends the list;
 * and the letterhead that PDF text of letters drops into a paragraph.
 */
class FindingSplitterImprovementItemsTest {

	private final FindingSplitter splitter = new FindingSplitter();

	private List<ExtractedFinding> items(String text) {
		return FindingItems.improvementItems(
				splitter.split(text, new Classification(DocumentKind.INSPECTION_REPORT, null), List.of()));
	}

	private List<String> itemTexts(String text) {
		return items(text).stream().map(ExtractedFinding::text).toList();
	}

	@Test
	void aListThatSaysItHasNoActionsGivesNoItem() {
		String text = """
				What does the local authority need to improve?
				Priority and immediate action
				17. The inspection did not find any areas for priority and immediate action.
				Areas for improvement
				18. Ensure that supervision fully supports reflective practice.
				What does the LSCB need to improve?
				There are no priority or immediate actions.
				Areas for improvement
				40. Evaluate the impact of multi-agency training.
				""";

		assertThat(itemTexts(text)).containsExactly("Ensure that supervision fully supports reflective practice.",
				"Evaluate the impact of multi-agency training.");
	}

	@Test
	void strengthsHeadingsAndJudgementExplanationsEndTheList() {
		String text = """
				Areas for improvement
				Permanence planning for children
				1. Ensure delay is eliminated for prospective adopters.
				The local authority's strengths
				2. Workforce planning is strong.
				Section 2: The effectiveness of the Local Safeguarding Children Board
				Areas for improvement
				101. Monitor the police contribution to strategy meetings.
				Key strengths and weaknesses of the LSCB
				102. Governance arrangements of the board are strong.
				What the inspection judgements mean: the LSCB
				An LSCB that is good coordinates the activity of statutory partners.
				""";

		assertThat(itemTexts(text)).containsExactly("Ensure delay is eliminated for prospective adopters.",
				"Monitor the police contribution to strategy meetings.");
	}

	@Test
	void aSentenceIntroducingTheStrengthsEndsTheList() {
		String text = """
				Areas for improvement
				34. Professional, reflective supervision needs to be embedded.
				The local authority has the following strengths:
				35. When children are at risk of immediate harm, they receive a good service.
				36. There is good support for children in need and their families.
				Information about this inspection
				Inspectors have looked closely at the experiences of children.
				""";

		assertThat(itemTexts(text)).containsExactly("Professional, reflective supervision needs to be embedded.");
	}

	@Test
	void theNextNumberStartsAnItemWhenTheOneBeforeHasNoFullStop() {
		String text = """
				Recommendations
				11. Improve the implementation of delegated authority so that carers are clear
				(paragraph 78).
				12. Ensure audit arrangements have a sharper focus on looked after children
				(paragraph 140).
				13. Complete work to develop the performance management framework across all agencies
				14. Provide regular scrutiny of services for looked after children.
				15. Review the arrangements for monitoring the quality of private fostering work
				(paragraph 12).
				Inspection findings
				16. The board is independently chaired.
				""";

		assertThat(itemTexts(text)).containsExactly(
				"Improve the implementation of delegated authority so that carers are clear (paragraph 78).",
				"Ensure audit arrangements have a sharper focus on looked after children (paragraph 140).",
				"Complete work to develop the performance management framework across all agencies",
				"Provide regular scrutiny of services for looked after children.",
				"Review the arrangements for monitoring the quality of private fostering work (paragraph 12).");
	}

	@Test
	void symbolFontBulletsUnderANumberedRecommendationAreItsSubItems() {
		String text = """
				Recommendations

				1. Improve the arrangements to reduce the risk of sexual exploitation by:

				\uF02D improving information sharing

				\uF02D ensuring risk assessments are of a consistently good standard.

				2. Ensure that strategy discussions are promptly considered.
				""";

		assertThat(itemTexts(text)).containsExactly(
				"Improve the arrangements to reduce the risk of sexual exploitation by: – improving information sharing"
						+ " – ensuring risk assessments are of a consistently good standard.",
				"Ensure that strategy discussions are promptly considered.");
	}

	@Test
	void aContentsEntryThatLostItsPageNumberOpensNoSection() {
		String text = """
				Contents
				Executive summary 2
				Information about this local authority area
				Recommendations
				Summary for children and young people 5
				Leadership, management and governance 25

				Executive summary
				Children in Exampleshire benefit from services that are consistently good.
				Recommendations
				1. Ensure that all care leavers receive their health histories.
				Summary for children and young people
				Most children are helped quickly.
				""";

		assertThat(itemTexts(text)).containsExactly("Ensure that all care leavers receive their health histories.");
	}

	@Test
	void aLetterheadAddressInsideAParagraphIsLeftOut() {
		String text = """
				Headline findings
				There are significant weaknesses in the quality of services in Exampleshire. The chair of the board

				Piccadilly Gate
				Store Street

				Manchester
				M1 2WD

				T 0300 123 1231
				enquiries@ofsted.gov.uk

				(LSCB) has significant concerns about the quality of services.
				""";
		List<ExtractedFinding> findings = splitter.split(text,
				new Classification(DocumentKind.FOCUSED_VISIT_LETTER, null), List.of());

		assertThat(findings).extracting(ExtractedFinding::text).containsExactly(
				"There are significant weaknesses in the quality of services in Exampleshire. The chair of the board"
						+ " (LSCB) has significant concerns about the quality of services.");
	}
}
