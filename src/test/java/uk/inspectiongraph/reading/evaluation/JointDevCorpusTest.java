package uk.inspectiongraph.reading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Reads the dev joint inspections (JTAI letters and the joint area review that is refused) and holds
 * them to the floor unseen documents are scored on (parsed, kind, authority, letter date, an event
 * with dates, findings: each 95 %) and to the deep dive, signatories and addressees of
 * {@code joint-truth.csv}. Skips when the corpus is absent (it is never committed): located by the
 * system property {@code inspectiongraph.joint-corpus}, else {@code ../shared/corpus/joint-dev}.
 */
class JointDevCorpusTest {

	@Test
	void meetsTheFloorOnTheDevJointInspections() throws Exception {
		Path corpus = Path.of(System.getProperty("inspectiongraph.joint-corpus", "../shared/corpus/joint-dev"));
		assumeTrue(Files.isDirectory(corpus), "joint dev corpus not found at " + corpus.toAbsolutePath());
		Path truth = Path.of(getClass().getResource("/joint-truth.csv").toURI());

		EvaluationReport report = new JointEvaluator().evaluate(corpus, truth);
		System.out.println(report.toMarkdown());

		for (String field : new String[] { "parsed", "kind", "authority", "letter_date", "start", "end",
				"event with dates", "findings", "deep_dive", "refused" }) {
			assertThat(report.score(field).compared()).as(field).isPositive();
			assertThat(report.score(field).rate()).as(field).isGreaterThanOrEqualTo(0.95);
		}
		for (String field : new String[] { "signatories", "addressees" }) {
			assertThat(report.score(field + " recall").rate()).as(field).isGreaterThanOrEqualTo(0.95);
			assertThat(report.score(field + " precision").rate()).as(field).isGreaterThanOrEqualTo(0.95);
		}
	}
}
