package uk.inspectiongraph.reading.taxonomy;

import uk.inspectiongraph.reading.ExtractedFinding;


import uk.inspectiongraph.reading.taxonomy.ThemeTag;

import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.FindingKind;

/**
 * The improvement areas of the demo corpus's letters, read from graph-seed, split by the product's
 * finding splitter and tagged.
 */
class SeedImprovementAreasTest {

	private static final ThemeTagger TAGGER = ThemeTagger.withDefaultTaxonomy();

	private static List<ExtractedFinding> items(String document) throws IOException {
		try (InputStream in = SeedImprovementAreasTest.class.getClassLoader()
			.getResourceAsStream("graph-seed/documents/" + document)) {
			return ThemeQualityEvaluationTest.items(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static Set<String> slugs(ExtractedFinding item) {
		return TAGGER.tag(item.kind(), item.text()).stream().map(ThemeTag::slug).collect(Collectors.toSet());
	}

	@Test
	void warwickshireLetterOf2018() throws IOException {
		List<ExtractedFinding> items = items("2018-08-09-warwickshire-focused-visit-letter.txt");
		assertThat(items).hasSize(6).allMatch(i -> i.kind() == FindingKind.AREA_FOR_IMPROVEMENT);
		assertThat(slugs(items.get(0))).contains("caseloads", "workforce-stability");
		assertThat(slugs(items.get(1))).contains("education");
		assertThat(slugs(items.get(2))).contains("supervision");
		assertThat(slugs(items.get(3))).contains("thresholds", "independent-reviewing-officers");
		assertThat(slugs(items.get(4))).contains("voice-of-child", "independent-reviewing-officers");
		assertThat(slugs(items.get(5))).contains("quality-assurance");
	}

	@Test
	void warringtonLetterOf2022() throws IOException {
		List<ExtractedFinding> items = items("2022-01-31-warrington-focused-visit-letter.txt");
		assertThat(items).hasSize(2);
		assertThat(slugs(items.get(0))).contains("voice-of-child", "recording");
		assertThat(slugs(items.get(1))).contains("recording", "child-protection-conferences");
	}
}
