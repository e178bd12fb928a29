package uk.inspectiongraph.reading.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.reading.DocumentExtractor;
import uk.inspectiongraph.reading.ExtractedDocument;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.ExtractionException;
import uk.inspectiongraph.reading.SourceReader;
import uk.inspectiongraph.reading.gazetteer.CsvRows;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;
import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

/**
 * Measures the whole reading (classifier, extractor, gazetteer, finding splitter) against the truth
 * file of joint inspections ({@code joint-truth.csv}): per document whether it was read (or, for a
 * row of kind REFUSED, refused), its kind, authority, letter date, the event's dates, whether it got
 * an event with both dates and any findings, its deep dive, and the recall and precision of its
 * signatories and addressees by name (area SEND rows are left to {@link AreaSendEvaluator}). These are the figures unseen joint documents are scored on.
 */
public final class JointEvaluator {

	/** The columns of the joint truth file, in order. */
	public static final List<String> COLUMNS = List.of("file", "kind", "authority", "letter_date", "start", "end",
			"deep_dive_or_outcome", "previous_inspection", "signatories", "addressees");

	private static final String REFUSED = "REFUSED";

	/** Area SEND rows have fields of their own: {@link AreaSendEvaluator} measures them. */
	private static final String AREA_SEND = "AREA_SEND_REPORT";

	private final SourceReader reader = new SourceReader();

	private final DocumentExtractor extractor = new DocumentExtractor(Gazetteer.loadDefault(),
			ThemeTagger.withDefaultTaxonomy());

	/** Whether {@code csv} is a joint truth file (by its header). */
	public static boolean isJointTruth(Path csv) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(csv)) {
			String header = in.readLine();
			return header != null && header.strip().startsWith(String.join(",", COLUMNS.subList(0, 4)));
		}
	}

	/** Evaluates every document of {@code truthCsv} found under {@code documentsDir}. */
	public EvaluationReport evaluate(Path documentsDir, Path truthCsv) throws IOException {
		List<Map<String, String>> rows;
		try (Reader in = Files.newBufferedReader(truthCsv)) {
			rows = CsvRows.read(in).stream().filter(row -> !AREA_SEND.equals(row.get("kind"))).toList();
		}
		EvaluationReport report = new EvaluationReport();
		long start = System.nanoTime();
		rows.parallelStream().forEach(row -> compare(row, extract(documentsDir, row.get("file")), report));
		report.finish(rows.size(), (System.nanoTime() - start) / 1e9);
		return report;
	}

	private ExtractedDocument extract(Path documentsDir, String file) {
		try {
			return extractor.extract(reader.read(documentsDir.resolve(file)));
		}
		catch (ExtractionException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void compare(Map<String, String> row, ExtractedDocument doc, EvaluationReport report) {
		String file = row.get("file");
		if (REFUSED.equals(row.get("kind"))) {
			field(report, file, "refused", REFUSED, doc == null ? REFUSED : doc.kind().name());
			return;
		}
		field(report, file, "parsed", "yes", doc == null ? "no" : "yes");
		if (doc == null) {
			return;
		}
		ExtractedEvent event = doc.events().isEmpty() ? null : doc.events().get(0);
		field(report, file, "kind", row.get("kind"), doc.kind().name());
		field(report, file, "authority", Evaluator.nameKey(row.get("authority")),
				Evaluator.nameKey(doc.authority().name()));
		field(report, file, "letter_date", blank(row.get("letter_date")), text(doc.documentDate()));
		field(report, file, "start", blank(row.get("start")), event == null ? null : text(event.startDate()));
		field(report, file, "end", blank(row.get("end")), event == null ? null : text(event.endDate()));
		boolean dated = doc.events().stream().anyMatch(e -> e.startDate() != null && e.endDate() != null);
		field(report, file, "event with dates", "yes", dated ? "yes" : "no");
		field(report, file, "findings", "yes", doc.findings().isEmpty() ? "no" : "yes");
		if ("JTAI_LETTER".equals(row.get("kind"))) {
			field(report, file, "deep_dive", blank(row.get("deep_dive_or_outcome")), deepDive(event));
		}
		names(report, file, "signatories", row.get("signatories"), doc, Relation.SIGNATORY);
		names(report, file, "addressees", row.get("addressees"), doc, Relation.RECIPIENT);
	}

	private static String deepDive(ExtractedEvent event) {
		return event == null || event.joint() == null || event.joint().deepDive() == null ? null
				: event.joint().deepDive().name();
	}

	private static void names(EvaluationReport report, String file, String field, String expected,
			ExtractedDocument doc, Relation relation) {
		if (expected == null || expected.isBlank()) {
			return;
		}
		Set<String> want = Arrays.stream(expected.split(";")).map(Evaluator::nameKey).collect(Collectors.toSet());
		Set<String> got = doc.people().stream().filter(p -> p.relation() == relation)
			.map(p -> Evaluator.nameKey(p.name())).collect(Collectors.toSet());
		Set<String> both = new HashSet<>(want);
		both.retainAll(got);
		report.count(field + " recall", want.size(), both.size());
		report.count(field + " precision", got.size(), both.size());
		if (!want.equals(got)) {
			report.disagree(new EvaluationReport.Disagreement(file, field, String.join("; ", want),
					String.join("; ", got)));
		}
	}

	private static void field(EvaluationReport report, String file, String field, String expected, String actual) {
		if (expected == null) {
			return;
		}
		boolean agreed = Objects.equals(expected, actual);
		report.count(field, 1, agreed ? 1 : 0);
		if (!agreed) {
			report.disagree(new EvaluationReport.Disagreement(file, field, expected, actual));
		}
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
