package uk.inspectiongraph.reading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.reading.DocumentExtractor;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;
import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

/**
 * Reads the 14 dev area SEND reports through the whole pipeline and holds them to the area SEND
 * rows of {@code joint-truth.csv} (read from the PDFs). Skips when the corpus, never committed,
 * is absent: located by {@code inspectiongraph.joint-corpus}, else {@code ../shared/corpus/joint-dev}.
 */
class AreaSendDevCorpusTest {

	@Test
	void readsEveryDevAreaSendReport() throws Exception {
		Path corpus = Path.of(System.getProperty("inspectiongraph.joint-corpus", "../shared/corpus/joint-dev"));
		assumeTrue(Files.isDirectory(corpus), "joint dev corpus not found at " + corpus.toAbsolutePath());
		Path truth = Path.of(getClass().getResource("/joint-truth.csv").toURI());

		EvaluationReport report = new AreaSendEvaluator(
				new DocumentExtractor(Gazetteer.loadDefault(), ThemeTagger.withDefaultTaxonomy()))
			.evaluate(corpus, truth);
		System.out.println(report.toMarkdown());

		assertThat(report.documents()).isEqualTo(14);
		report.scores().forEach(score -> assertThat(score.rate()).as(score.field()).isEqualTo(1.0));
	}
}
