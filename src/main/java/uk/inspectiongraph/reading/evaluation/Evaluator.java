package uk.inspectiongraph.reading.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import uk.inspectiongraph.reading.Classification;
import uk.inspectiongraph.reading.DocumentClassifier;
import uk.inspectiongraph.reading.DocumentFacts;
import uk.inspectiongraph.reading.ExtractionException;
import uk.inspectiongraph.domain.JudgementArea;
import uk.inspectiongraph.reading.OfstedDocumentExtractor;
import uk.inspectiongraph.reading.SourceReader;
import uk.inspectiongraph.reading.SourceText;
import uk.inspectiongraph.reading.evaluation.TruthFile.Truth;

/**
 * Measures the Ofsted extractor against a truth CSV: reads each document the truth names (relative
 * to a documents folder) with {@link SourceReader}, classifies and extracts it, and compares field
 * by field. Names compare without case, spaces or punctuation; roles without case or spacing.
 * Inspectors are scored as recall and precision over the letters whose truth lists them. Runs the
 * documents in parallel.
 */
public final class Evaluator {

	private final SourceReader reader = new SourceReader();

	private final DocumentClassifier classifier = new DocumentClassifier();

	private final OfstedDocumentExtractor extractor = new OfstedDocumentExtractor();

	/** Evaluates every document of {@code truthCsv} found under {@code documentsDir}. */
	public EvaluationReport evaluate(Path documentsDir, Path truthCsv) throws IOException {
		List<Truth> truths = TruthFile.read(truthCsv);
		EvaluationReport report = new EvaluationReport();
		long start = System.nanoTime();
		truths.parallelStream().forEach(truth -> compare(truth, extract(documentsDir, truth.row().file()), report));
		report.finish(truths.size(), (System.nanoTime() - start) / 1e9);
		return report;
	}

	/** What the extractor reads from one document; a document that cannot be read yields an empty row. */
	public FactRow extract(Path documentsDir, String file) {
		try {
			SourceText source = reader.read(documentsDir.resolve(file));
			Classification classification = classifier.classify(source.fileName(), source.text());
			DocumentFacts facts = extractor.extract(source.text(), classification);
			return FactRow.of(file, classification, facts);
		}
		catch (ExtractionException ex) {
			return new FactRow(file, "UNREADABLE", null, null, null, null, null, List.of(), Map.of(), null, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void compare(Truth truth, FactRow actual, EvaluationReport report) {
		FactRow expected = truth.row();
		boolean complete = truth.complete();
		String file = expected.file();
		field(report, file, "kind", expected.kind(), actual.kind(), complete, Evaluator::same);
		field(report, file, "framework", expected.framework(), actual.framework(), complete, Evaluator::same);
		field(report, file, "start", expected.start(), actual.start(), complete, Evaluator::same);
		field(report, file, "end", expected.end(), actual.end(), complete, Evaluator::same);
		field(report, file, "document_date", expected.documentDate(), actual.documentDate(), complete, Evaluator::same);
		field(report, file, "lead", expected.lead(), actual.lead(), complete, Evaluator::sameName);
		for (JudgementArea area : JudgementArea.values()) {
			String got = actual.grades().get(area);
			if (!complete && area == JudgementArea.CHILDREN_IN_CARE && got == null) {
				got = actual.grades().get(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS);
			}
			field(report, file, "grade " + area, expected.grades().get(area), got, complete, Evaluator::same);
		}
		field(report, file, "recipient_name", expected.recipientName(), actual.recipientName(), complete,
				Evaluator::sameName);
		field(report, file, "recipient_role", expected.recipientRole(), actual.recipientRole(), complete,
				Evaluator::sameWords);
		inspectors(report, file, expected.inspectors(), actual.inspectors());
	}

	private interface Same {
		boolean test(String expected, String actual);
	}

	private static void field(EvaluationReport report, String file, String field, String expected, String actual,
			boolean complete, Same same) {
		if (expected == null && (!complete || actual == null)) {
			return;
		}
		boolean agreed = expected != null && actual != null && same.test(expected, actual);
		report.count(field, 1, agreed ? 1 : 0);
		if (!agreed) {
			report.disagree(new EvaluationReport.Disagreement(file, field, expected, actual));
		}
	}

	private static void inspectors(EvaluationReport report, String file, List<String> expected, List<String> actual) {
		if (expected == null || expected.isEmpty()) {
			return;
		}
		Set<String> want = expected.stream().map(Evaluator::nameKey).collect(Collectors.toSet());
		Set<String> got = actual == null ? Set.of() : actual.stream().map(Evaluator::nameKey).collect(Collectors.toSet());
		Set<String> both = new HashSet<>(want);
		both.retainAll(got);
		report.count("inspectors recall", want.size(), both.size());
		report.count("inspectors precision", got.size(), both.size());
		if (!want.equals(got)) {
			report.disagree(new EvaluationReport.Disagreement(file, "inspectors", String.join("; ", expected),
					actual == null ? null : String.join("; ", actual)));
		}
	}

	private static boolean same(String expected, String actual) {
		return Objects.equals(expected, actual);
	}

	private static boolean sameName(String expected, String actual) {
		return nameKey(expected).equals(nameKey(actual));
	}

	private static boolean sameWords(String expected, String actual) {
		return words(expected).equals(words(actual));
	}

	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
	}

	private static String words(String value) {
		return value.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s,]+", " ").strip();
	}
}
