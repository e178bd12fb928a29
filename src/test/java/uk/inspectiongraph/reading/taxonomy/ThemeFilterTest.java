package uk.inspectiongraph.reading.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.FindingKind;

class ThemeFilterTest {

	private static final String TEXT = "Improve the quality of care plans and assessments.";

	private static final ThemeFilter DISTRUSTS_PLANNING = new ThemeFilter(Map.of("bias", 3.0, "t=planning", -6.0),
			0.5);

	@Test
	void dropsAConcernsTagItJudgesUnlikelyAndKeepsTheOthersWithTheirEvidence() {
		ThemeTagger tagger = new ThemeTagger(Taxonomy.loadDefault(), DISTRUSTS_PLANNING);

		assertThat(tagger.tag(FindingKind.AREA_FOR_IMPROVEMENT, TEXT)).extracting(ThemeTag::slug, ThemeTag::evidence)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("assessment", "assessments"));
	}

	@Test
	void leavesFindingsOfOtherKindsToTheRules() {
		ThemeTagger tagger = new ThemeTagger(Taxonomy.loadDefault(), DISTRUSTS_PLANNING);

		assertThat(tagger.tag(FindingKind.STRENGTH, TEXT)).extracting(ThemeTag::slug)
			.contains("planning", "assessment");
	}

	@Test
	void noFilterKeepsEveryRuleTag() {
		ThemeTagger tagger = new ThemeTagger(Taxonomy.loadDefault(), ThemeFilter.none());

		assertThat(tagger.tag(FindingKind.AREA_FOR_IMPROVEMENT, TEXT)).extracting(ThemeTag::slug)
			.containsExactly("planning", "assessment");
	}

	@Test
	void readsAWeightFile() throws IOException {
		String file = "# comment\nthreshold\t0.70\nbias\t1.5\nt=planning|s=board\t-0.25\n";

		ThemeFilter filter = ThemeFilter.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));

		assertThat(filter.threshold()).isEqualTo(0.70);
		assertThat(filter.weights()).containsExactlyInAnyOrderEntriesOf(Map.of("bias", 1.5, "t=planning|s=board", -0.25));
	}

	@Test
	void theShippedFilterIsLoaded() {
		assertThat(ThemeFilter.shipped().weights()).isNotEmpty().containsKey("bias");
		assertThat(ThemeFilter.shipped().threshold()).isBetween(0.0, 1.0);
	}
}
