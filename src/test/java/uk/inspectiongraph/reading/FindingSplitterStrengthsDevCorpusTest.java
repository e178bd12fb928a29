package uk.inspectiongraph.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.FindingKind;

/**
 * Barnsley's 2014 report (single inspection framework) follows its areas for improvement with "The
 * local authority has the following strengths:" and seventeen numbered strengths: those are
 * findings, not areas for improvement. Reads the real PDF; skips when the dev corpus is absent.
 */
class FindingSplitterStrengthsDevCorpusTest {

	private static final String BARNSLEY_2014 = "inspections/80426_barnsley/children's services inspection - 08 august 2014.pdf";

	@Test
	void theStrengthsAfterTheAreasForImprovementAreFindings() throws IOException {
		Path corpus = Path.of(System.getProperty("inspectiongraph.dev-corpus", "../shared/corpus/ofsted-dev"));
		Path pdf = corpus.resolve(BARNSLEY_2014);
		assumeTrue(Files.isRegularFile(pdf), "dev corpus not found at " + corpus.toAbsolutePath());
		String text = new SourceReader().read(pdf).text();

		List<ExtractedFinding> findings = new FindingSplitter().split(text,
				new DocumentClassifier().classify(pdf.getFileName().toString(), text), List.of());
		List<ExtractedFinding> items = FindingItems.improvementItems(findings);

		assertThat(items).extracting(ExtractedFinding::text)
			.noneMatch(t -> t.contains("following strengths"))
			.noneMatch(t -> t.startsWith("When children are at risk of immediate harm"))
			.noneMatch(t -> t.startsWith("Managers in Barnsley work hard"))
			.anyMatch(t -> t.startsWith("Professional, reflective supervision"))
			.anyMatch(t -> t.startsWith("Increase the influence of the Barnsley Safeguarding"));
		assertThat(items).hasSize(32);
		assertThat(findings).filteredOn(f -> f.kind() == FindingKind.FINDING)
			.extracting(ExtractedFinding::text)
			.anyMatch(t -> t.startsWith("When children are at risk of immediate harm"))
			.anyMatch(t -> t.startsWith("Managers in Barnsley work hard"));
	}
}
