package uk.inspectiongraph.reading.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.reading.DateRange;
import uk.inspectiongraph.reading.DocumentExtractor;
import uk.inspectiongraph.reading.ExtractedDocument;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.SourceReader;
import uk.inspectiongraph.reading.gazetteer.CsvRows;

/**
 * Measures the area SEND rows of the joint truth file ({@code file, kind, authority, letter_date,
 * start, end, deep_dive_or_outcome, previous_inspection, signatories, addressees}; rows of other
 * kinds are left to their own evaluation) against what the whole reading pipeline makes of each
 * PDF: parsed at all, kind, authority (ONS code or gazetteer name), the event's dates, the outcome,
 * the previous inspection ({@code start/end}, or one date), a partnership with its health body,
 * and findings among the areas for improvement or priority action.
 */
public final class AreaSendEvaluator {

	private final DocumentExtractor extractor;

	private final SourceReader reader = new SourceReader();

	public AreaSendEvaluator(DocumentExtractor extractor) {
		this.extractor = extractor;
	}

	/** Evaluates every area SEND row of {@code truthCsv}, its files found under {@code documents}. */
	public EvaluationReport evaluate(Path documents, Path truthCsv) throws IOException {
		long started = System.nanoTime();
		EvaluationReport report = new EvaluationReport();
		List<Map<String, String>> rows;
		try (Reader in = Files.newBufferedReader(truthCsv)) {
			rows = CsvRows.read(in);
		}
		int count = 0;
		for (Map<String, String> row : rows) {
			if (DocumentKind.AREA_SEND_REPORT.name().equals(row.get("kind"))) {
				compare(report, row, read(documents.resolve(row.get("file"))));
				count++;
			}
		}
		report.finish(count, (System.nanoTime() - started) / 1e9);
		return report;
	}

	private ExtractedDocument read(Path file) {
		try {
			return extractor.extract(reader.read(file));
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static void compare(EvaluationReport report, Map<String, String> truth, ExtractedDocument doc) {
		String file = truth.get("file");
		ExtractedEvent event = doc == null || doc.events().isEmpty() ? null : doc.events().get(0);
		check(report, file, "parsed", "yes", doc == null ? "no" : "yes");
		check(report, file, "kind", truth.get("kind"), doc == null ? null : doc.kind().name());
		String authority = doc == null ? null : authorityAsIn(truth.get("authority"), doc);
		check(report, file, "authority", truth.get("authority"), authority);
		boolean dated = event != null && event.startDate() != null && event.endDate() != null;
		check(report, file, "event with dates", "yes", dated ? "yes" : "no");
		check(report, file, "start", truth.get("start"), event == null ? null : text(event.startDate()));
		check(report, file, "end", truth.get("end"), event == null ? null : text(event.endDate()));
		check(report, file, "outcome", truth.get("deep_dive_or_outcome"), outcome(event));
		check(report, file, "previous_inspection", truth.get("previous_inspection"), previous(event));
		check(report, file, "partnership", "council and health body", partnership(event));
		long items = doc == null ? 0 : doc.findings().stream()
			.filter(f -> f.kind() == FindingKind.AREA_FOR_IMPROVEMENT || f.kind() == FindingKind.PRIORITY_ACTION)
			.count();
		check(report, file, "findings", "areas for improvement", items > 0 ? "areas for improvement" : "none");
	}

	private static String authorityAsIn(String expected, ExtractedDocument doc) {
		return expected != null && expected.equalsIgnoreCase(doc.authority().name()) ? doc.authority().name()
				: doc.authority().code();
	}

	private static String outcome(ExtractedEvent event) {
		return event == null || event.areaSend() == null || event.areaSend().outcome() == null ? null
				: event.areaSend().outcome().value().name();
	}

	private static String previous(ExtractedEvent event) {
		DateRange previous = event == null ? null : event.previousInspection();
		if (previous == null) {
			return null;
		}
		return previous.single() ? text(previous.start()) : text(previous.start()) + "/" + text(previous.end());
	}

	private static String partnership(ExtractedEvent event) {
		boolean whole = event != null && event.areaSend() != null && event.areaSend().partnership() != null
				&& event.areaSend().partnership().healthBody() != null;
		return whole ? "council and health body" : "incomplete";
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static void check(EvaluationReport report, String file, String field, String expected, String extracted) {
		String want = expected == null || expected.isBlank() ? null : expected.strip();
		boolean agreed = Objects.equals(want, extracted);
		report.count(field, 1, agreed ? 1 : 0);
		if (!agreed) {
			report.disagree(new EvaluationReport.Disagreement(file, field, want, extracted));
		}
	}
}
