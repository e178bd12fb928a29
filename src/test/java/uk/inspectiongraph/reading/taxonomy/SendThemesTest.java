package uk.inspectiongraph.reading.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.reading.DocumentExtractor;
import uk.inspectiongraph.reading.ExtractedFinding;
import uk.inspectiongraph.reading.SourceReader;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;

/**
 * The SEND themes of the taxonomy (its last block) tag what area SEND reports ask partnerships to
 * improve: on sentences written like theirs, and on every dev report's areas for improvement and
 * priority actions (skipped when {@code ../shared/corpus/joint-dev} is absent), where each theme
 * must tag at least one.
 */
class SendThemesTest {

	private static final List<String> SEND_THEMES = List.of("ehc-plans", "alternative-provision",
			"preparation-for-adulthood", "health-waiting-times", "send-identification", "coproduction-local-offer");

	private static final ThemeTagger TAGGER = ThemeTagger.withDefaultTaxonomy();

	@Test
	void eachSendThemeTagsTheWordsOfItsSubject() {
		assertThat(slugs("Leaders should make sure that new EHC plans are issued within 20 weeks.")).contains("ehc-plans");
		assertThat(slugs("Leaders should improve their oversight of alternative provision and part-time timetables."))
			.contains("alternative-provision");
		assertThat(slugs("Leaders should strengthen preparation for adulthood from the earliest years."))
			.contains("preparation-for-adulthood");
		assertThat(slugs("Children wait too long for a neurodevelopmental assessment and for speech and language therapy."))
			.contains("health-waiting-times");
		assertThat(slugs("Schools do not use the graduated approach well enough to meet needs through SEN support."))
			.contains("send-identification");
		assertThat(slugs("Leaders should co-produce their strategy with families and update the local offer."))
			.contains("coproduction-local-offer");
	}

	@Test
	void eachSendThemeTagsARealImprovementItemOfTheDevReports() throws IOException {
		Path corpus = Path.of(System.getProperty("inspectiongraph.joint-corpus", "../shared/corpus/joint-dev"));
		assumeTrue(Files.isDirectory(corpus), "joint dev corpus not found at " + corpus.toAbsolutePath());
		DocumentExtractor extractor = new DocumentExtractor(Gazetteer.loadDefault(), TAGGER);
		SourceReader reader = new SourceReader();
		Set<String> tagged = new TreeSet<>();
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path pdf : files.filter(f -> f.getFileName().toString().startsWith("area send")).toList()) {
				for (ExtractedFinding finding : extractor.extract(reader.read(pdf)).findings()) {
					if (finding.kind() == FindingKind.AREA_FOR_IMPROVEMENT || finding.kind() == FindingKind.PRIORITY_ACTION) {
						finding.themes().forEach(tag -> tagged.add(tag.slug()));
					}
				}
			}
		}
		assertThat(tagged).containsAll(SEND_THEMES);
	}

	private static List<String> slugs(String text) {
		return TAGGER.tag(FindingKind.AREA_FOR_IMPROVEMENT, text).stream().map(ThemeTag::slug).toList();
	}
}
