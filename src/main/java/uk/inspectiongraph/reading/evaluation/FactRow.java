package uk.inspectiongraph.reading.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.inspectiongraph.reading.Classification;
import uk.inspectiongraph.reading.DocumentFacts;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.ExtractedInspector;
import uk.inspectiongraph.reading.ExtractedJudgement;
import uk.inspectiongraph.reading.ExtractedPerson;
import uk.inspectiongraph.domain.JudgementArea;
import uk.inspectiongraph.domain.Relation;

/**
 * The facts of one document that evaluation compares, flattened to strings: kind, framework, event
 * dates, document date, lead inspector, inspectors, the grade of each area, recipient name and
 * role. A null value means "not stated" (in truth) or "not found" (in extraction).
 */
public record FactRow(String file, String kind, String framework, String start, String end, String documentDate,
		String lead, List<String> inspectors, Map<JudgementArea, String> grades, String recipientName,
		String recipientRole) {

	public FactRow {
		inspectors = inspectors == null ? null : List.copyOf(inspectors);
		grades = grades.isEmpty() ? Map.of() : new EnumMap<>(grades);
	}

	/** The row of what the extractor read from a document. */
	public static FactRow of(String file, Classification classification, DocumentFacts facts) {
		ExtractedEvent event = facts.events().isEmpty() ? null : facts.events().get(0);
		List<String> inspectors = new ArrayList<>();
		String lead = null;
		Map<JudgementArea, String> grades = new EnumMap<>(JudgementArea.class);
		if (event != null) {
			for (ExtractedInspector inspector : event.inspectors()) {
				inspectors.add(inspector.name());
				lead = lead == null && inspector.lead() ? inspector.name() : lead;
			}
			for (ExtractedJudgement judgement : event.judgements()) {
				grades.put(judgement.area(), judgement.grade().name());
			}
		}
		ExtractedPerson recipient = facts.people().stream().filter(p -> p.relation() == Relation.RECIPIENT)
			.findFirst().orElse(null);
		return new FactRow(file, classification.kind().name(), name(classification.framework()),
				event == null ? null : string(event.startDate()), event == null ? null : string(event.endDate()),
				string(facts.documentDate()), lead, inspectors, grades,
				recipient == null ? null : recipient.name(), recipient == null ? null : recipient.role());
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}
}
