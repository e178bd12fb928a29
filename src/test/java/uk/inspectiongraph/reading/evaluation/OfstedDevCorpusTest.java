package uk.inspectiongraph.reading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Runs the classifier and the Ofsted extractor over the 301 dev PDFs and holds them to the
 * accuracy targets against {@code dev-corpus/truth.csv}. Skips when the corpus is absent (it is
 * never committed): located by the system property {@code inspectiongraph.dev-corpus}, else
 * {@code ../shared/corpus/ofsted-dev}.
 */
class OfstedDevCorpusTest {

	@Test
	void meetsTheAccuracyTargetsOnTheDevCorpus() throws Exception {
		Path corpus = Path.of(System.getProperty("inspectiongraph.dev-corpus", "../shared/corpus/ofsted-dev"));
		assumeTrue(Files.isDirectory(corpus), "dev corpus not found at " + corpus.toAbsolutePath());
		Path truth = Path.of(getClass().getResource("/dev-corpus/truth.csv").toURI());

		EvaluationReport report = new Evaluator().evaluate(corpus, truth);
		System.out.println(report.toMarkdown());

		assertThat(report.documents()).isEqualTo(301);
		assertThat(report.score("kind").rate()).isGreaterThanOrEqualTo(0.99);
		assertThat(report.score("start").rate()).isGreaterThanOrEqualTo(0.98);
		assertThat(report.score("end").rate()).isGreaterThanOrEqualTo(0.98);
		assertThat(report.score("document_date").rate()).isGreaterThanOrEqualTo(0.98);
		assertThat(report.score("lead").rate()).isGreaterThanOrEqualTo(0.98);
		assertThat(report.score("inspectors recall").rate()).isGreaterThanOrEqualTo(0.97);
		assertThat(report.score("inspectors precision").rate()).isGreaterThanOrEqualTo(0.99);
		assertThat(report.score("recipient_name").rate()).isGreaterThanOrEqualTo(0.97);
		assertThat(report.score("recipient_role").rate()).isGreaterThanOrEqualTo(0.90);
		report.scores().stream().filter(s -> s.field().startsWith("grade "))
			.forEach(s -> assertThat(s.rate()).as(s.field()).isGreaterThanOrEqualTo(0.98));
	}
}
