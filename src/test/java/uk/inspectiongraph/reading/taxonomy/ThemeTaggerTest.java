package uk.inspectiongraph.reading.taxonomy;

import uk.inspectiongraph.reading.taxonomy.ThemeTag;

import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;

class ThemeTaggerTest {

	private static final ThemeTagger TAGGER = ThemeTagger.withDefaultTaxonomy();

	private static Map<String, Polarity> finding(String text) {
		return polarities(TAGGER.tag(FindingKind.FINDING, text));
	}

	private static Map<String, Polarity> polarities(List<ThemeTag> tags) {
		return tags.stream().collect(Collectors.toMap(ThemeTag::slug, ThemeTag::polarity));
	}

	@Test
	void caseloadsThatAreTooHighAreAConcern() {
		assertThat(finding("Caseloads are too high.")).containsEntry("caseloads", Polarity.CONCERN);
	}

	@Test
	void regularReflectiveSupervisionIsAStrength() {
		assertThat(finding("Supervision is regular and reflective.")).containsEntry("supervision", Polarity.STRENGTH);
	}

	@Test
	void theClauseAfterButDecidesForTheThemeInIt() {
		assertThat(finding("The local authority has made progress but caseloads remain high."))
			.containsEntry("caseloads", Polarity.CONCERN);
	}

	@Test
	void aContradictingButClauseWithoutThemeOverrulesTheTriggerClause() {
		assertThat(finding("Supervision is regular but the quality is not consistently good."))
			.containsEntry("supervision", Polarity.CONCERN);
	}

	@Test
	void aConcessionGivesWayToTheMainClause() {
		assertThat(finding("Although caseloads have reduced, they remain too high."))
			.containsEntry("caseloads", Polarity.CONCERN);
	}

	@Test
	void eachThemeTakesThePolarityOfItsOwnClause() {
		assertThat(finding("While supervision is regular and reflective, caseloads are too high."))
			.containsEntry("supervision", Polarity.STRENGTH)
			.containsEntry("caseloads", Polarity.CONCERN);
	}

	@Test
	void aMentionWithoutVerdictIsNeutral() {
		assertThat(finding("The local authority has a multi-agency safeguarding hub."))
			.containsEntry("front-door", Polarity.NEUTRAL);
	}

	@Test
	void improvementAreasAreConcernsWhateverTheirWording() {
		List<ThemeTag> tags = TAGGER.tag(FindingKind.AREA_FOR_IMPROVEMENT, "Good supervision for all social workers.");
		assertThat(polarities(tags)).containsEntry("supervision", Polarity.CONCERN);
		assertThat(polarities(TAGGER.tag(FindingKind.RECOMMENDATION, "Ensure timely assessments.")))
			.containsEntry("assessment", Polarity.CONCERN)
			.containsEntry("drift-delay", Polarity.CONCERN);
	}

	@Test
	void matchingSurvivesInflectionAndPhrasing() {
		assertThat(finding("Social workers have high workloads.")).containsKey("caseloads");
		assertThat(finding("The caseload of each worker is reviewed.")).containsKey("caseloads");
		assertThat(finding("Plans reflect the voice of the child.")).containsKey("voice-of-child");
		assertThat(finding("Workers record children’s views.")).containsKey("voice-of-child");
		assertThat(finding("Their wishes and feelings inform plans.")).containsKey("voice-of-child");
		assertThat(finding("Recruitment and retention of social workers is a priority.")).containsKey("workforce-stability");
	}

	@Test
	void evidenceIsTheTriggeringWordsAsWritten() {
		List<ThemeTag> tags = TAGGER.tag(FindingKind.FINDING, "Too many CHILDREN’S VIEWS are not recorded.");
		assertThat(tags).filteredOn(t -> t.slug().equals("voice-of-child"))
			.extracting(ThemeTag::evidence)
			.containsExactly("CHILDREN’S VIEWS");
	}

	@Test
	void anExclusionVetoesTheTriggerItOverlaps() {
		Map<String, Polarity> tags = finding("Initial health assessments are timely.");
		assertThat(tags).containsKey("health-wellbeing").doesNotContainKey("assessment");
		assertThat(finding("Supervision orders are used appropriately.")).doesNotContainKey("supervision");
	}

	@Test
	void theCabinetReportsImprovementAreasRaiseTheirThemes() {
		assertThat(finding("ensuring that plans routinely include timescales for action")).containsKey("planning");
		assertThat(finding("the application of thresholds to escalate statutory involvement to a strategy discussion "
				+ "at the 'front door' when the criteria are met"))
			.containsKeys("thresholds", "strategy-s47", "front-door");
	}

	private static Map<String, Polarity> recommendation(String text) {
		return polarities(TAGGER.tag(FindingKind.RECOMMENDATION, text));
	}

	@Test
	void peopleAskedToActDoNotRaiseTheirTheme() {
		assertThat(recommendation("Senior managers should make sure that care leavers have a pathway plan."))
			.containsKey("care-leavers")
			.doesNotContainKey("leadership");
		assertThat(recommendation("Ensure that all operational and strategic managers use the data available to them."))
			.doesNotContainKey("leadership");
	}

	@Test
	void peopleInQuestionRaiseTheirTheme() {
		assertThat(recommendation("Senior leaders' understanding of the quality of practice.")).containsKey("leadership");
		assertThat(recommendation("The capacity of team managers to oversee casework.")).containsKey("management-oversight");
	}

	@Test
	void aWeakWordRaisesItsThemeOnlyInTheOpeningWords() {
		assertThat(recommendation("Ensure that referrals from schools are screened promptly.")).containsKey("front-door");
		assertThat(recommendation("Ensure that thresholds are understood across the partnership "
				+ "and consistently applied by all agencies to promote appropriate referrals."))
			.containsKey("thresholds")
			.doesNotContainKey("front-door");
	}

	@Test
	void aCapitalisedBoardIsTheSafeguardingBoard() {
		assertThat(recommendation("Ensure that schools are represented at Board level.")).containsKey("safeguarding-partnership");
		assertThat(recommendation("Ensure that the care plans are on board with families.")).doesNotContainKey(
				"safeguarding-partnership");
	}

	@Test
	void blankTextHasNoThemes() {
		assertThat(TAGGER.tag(FindingKind.FINDING, "  ")).isEmpty();
	}
}
