package uk.inspectiongraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import uk.inspectiongraph.reading.ExtractedDocument;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.ExtractedFinding;
import uk.inspectiongraph.reading.ExtractedPerson;

/**
 * The JSON shape the {@code extract} command prints per document. The fields of this contract are
 * fixed (more may be added): file, kind, framework, authority {name, code}, documentDate, events
 * [{kind, startDate, endDate, inspectors [{name, lead}], judgements [{area, grade}], for a JTAI deepDive and
 * inspectorates, and for an area SEND event previousInspection {startDate, endDate}, outcome {value, wording},
 * partnership {council, healthBody}}], people [{name, role, organisation, relation, and in joint letters agency}],
 * findings [{kind, text, themes [{slug, polarity, evidence}]}]
 * and error. Dates are ISO: {@code yyyy-mm-dd}, or {@code yyyy-mm} where only the month is known.
 */
final class ExtractJson {

	private ExtractJson() {
	}

	static Map<String, Object> of(String file, ExtractedDocument doc) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", file);
		json.put("kind", doc.kind().name());
		json.put("framework", doc.framework() == null ? null : doc.framework().name());
		json.put("title", doc.title());
		json.put("authority", ordered("name", doc.authority().name(), "code", doc.authority().code()));
		json.put("documentDate", doc.documentDate() == null ? null : doc.documentDate().toString());
		json.put("contentHash", doc.contentHash());
		json.put("events", doc.events().stream().map(ExtractJson::event).toList());
		json.put("people", doc.people().stream().map(ExtractJson::person).toList());
		json.put("findings", doc.findings().stream().map(ExtractJson::finding).toList());
		json.put("error", null);
		return json;
	}

	static Map<String, Object> failure(String file, String reason) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", file);
		json.put("error", reason);
		return json;
	}

	private static Map<String, Object> event(ExtractedEvent event) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("kind", event.kind().name());
		json.put("startDate", event.startDate() == null ? null : event.startDate().toString());
		json.put("endDate", event.endDate() == null ? null : event.endDate().toString());
		json.put("focus", event.focus());
		if (event.joint() != null) {
			json.put("deepDive", event.joint().deepDive() == null ? null : event.joint().deepDive().name());
			json.put("inspectorates", event.joint().inspectorates().stream().map(Enum::name).toList());
		}
		json.put("inspectors", event.inspectors()
			.stream()
			.map(inspector -> ordered("name", inspector.name(), "lead", inspector.lead()))
			.toList());
		json.put("judgements", event.judgements().stream().map(judgement -> {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("area", judgement.area().name());
			j.put("grade", judgement.grade().name());
			j.put("wording", judgement.wording());
			return j;
		}).toList());
		putAreaSend(json, event);
		return json;
	}

	/** An area SEND event's previous inspection, outcome and partnership; absent for other events. */
	private static void putAreaSend(Map<String, Object> json, ExtractedEvent event) {
		if (event.previousInspection() != null) {
			json.put("previousInspection", ordered("startDate", event.previousInspection().start().toString(),
					"endDate", event.previousInspection().end().toString()));
		}
		if (event.areaSend() != null && event.areaSend().outcome() != null) {
			json.put("outcome", ordered("value", event.areaSend().outcome().value().name(), "wording",
					event.areaSend().outcome().wording()));
		}
		if (event.areaSend() != null && event.areaSend().partnership() != null) {
			Map<String, Object> partnership = new LinkedHashMap<>();
			partnership.put("council", event.areaSend().partnership().council());
			partnership.put("healthBody", event.areaSend().partnership().healthBody());
			json.put("partnership", partnership);
		}
	}

	private static Map<String, Object> person(ExtractedPerson person) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", person.name());
		json.put("role", person.role());
		json.put("organisation", person.organisation());
		json.put("relation", person.relation().name());
		if (person.agency() != null) {
			json.put("agency", person.agency().name());
		}
		return json;
	}

	private static Map<String, Object> finding(ExtractedFinding finding) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("kind", finding.kind().name());
		json.put("section", finding.section());
		json.put("order", finding.order());
		json.put("event", finding.eventIndex());
		json.put("text", finding.text());
		json.put("themes", finding.themes()
			.stream()
			.map(tag -> ordered("slug", tag.slug(), "polarity", tag.polarity().name(), "evidence", tag.evidence()))
			.toList());
		return json;
	}

	/**
	 * A small object with its keys in the order given ({@code Map.of} iterates in an order that
	 * changes from one run to the next); like {@code Map.of}, it takes no null value.
	 */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			json.put((String) keysAndValues[i], Objects.requireNonNull(keysAndValues[i + 1]));
		}
		return json;
	}
}
