package uk.inspectiongraph.reading.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class TaxonomyTest {

	private static final String MINIMAL = """
			groups:
			  - {slug: workforce, name: Workforce, description: Staff}
			themes:
			  - slug: caseloads
			    name: Caseloads
			    parent: workforce
			    description: Workloads
			    triggers: [caseload*, "workload"]
			    exclusions: [caseload management system]
			""";

	@Test
	void theDefaultTaxonomyHoldsTheThemesTheIssueFixes() {
		Taxonomy taxonomy = Taxonomy.loadDefault();
		assertThat(taxonomy.taggable()).extracting(Theme::slug)
			.contains("caseloads", "workforce-stability", "supervision", "training-development", "leadership",
					"management-oversight", "quality-assurance", "performance-management", "partnership-working",
					"voice-of-child", "assessment", "planning", "direct-work", "recording", "drift-delay", "front-door",
					"thresholds", "early-help", "strategy-s47", "child-protection-conferences",
					"independent-reviewing-officers", "domestic-abuse", "exploitation-missing", "education",
					"health-wellbeing", "court-proceedings", "children-in-care", "care-leavers", "disabled-children",
					"unaccompanied-children");
	}

	@Test
	void everyThemeSitsUnderAGroup() {
		Taxonomy taxonomy = Taxonomy.loadDefault();
		assertThat(taxonomy.taggable()).allSatisfy(theme -> assertThat(taxonomy.find(theme.parent()))
			.hasValueSatisfying(parent -> assertThat(parent.isGroup()).isTrue()));
		assertThat(taxonomy.narrower("workforce")).extracting(Theme::slug).contains("caseloads", "supervision");
		assertThat(taxonomy.polarityCues().concern()).contains("not", "too");
	}

	@Test
	void readsATaxonomyFromAReader() {
		Taxonomy taxonomy = Taxonomy.read(new StringReader(MINIMAL));
		assertThat(taxonomy.find("caseloads")).hasValueSatisfying(t -> {
			assertThat(t.parent()).isEqualTo("workforce");
			assertThat(t.triggers()).containsExactly("caseload*", "workload");
			assertThat(t.exclusions()).containsExactly("caseload management system");
		});
		assertThat(taxonomy.themes()).first().extracting(Theme::slug).isEqualTo("workforce");
	}

	@Test
	void refusesDuplicateSlugsUnknownParentsAndThemesWithoutTriggers() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Taxonomy.read(
					new StringReader(MINIMAL + MINIMAL.substring(MINIMAL.indexOf("  - slug: caseloads")))))
			.withMessageContaining("Duplicate");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Taxonomy.read(new StringReader(MINIMAL.replace("parent: workforce", "parent: staff"))))
			.withMessageContaining("unknown group");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Taxonomy.read(new StringReader(MINIMAL.replace("[caseload*, \"workload\"]", "[]"))))
			.withMessageContaining("no triggers");
	}
}
