package uk.inspectiongraph.graph.write;

import uk.inspectiongraph.domain.PersonKeys;

import java.util.ArrayList;

import uk.inspectiongraph.domain.Inspectorate;
import uk.inspectiongraph.domain.Relation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.EventIdentity;
import uk.inspectiongraph.reading.ExtractedDocument;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.ExtractedFinding;
import uk.inspectiongraph.reading.ExtractedInspector;
import uk.inspectiongraph.reading.ExtractedJudgement;
import uk.inspectiongraph.reading.ExtractedPerson;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.taxonomy.ThemeTag;

/**
 * An extracted document flattened into the parameter rows the {@link DocumentWriteQueries} statements
 * unwind: the document's own row (with the events it reports) and, per step, the rows of that step,
 * each finding's row with its theme tags, and an area SEND event's outcome and partnership. Each event is keyed by its {@link EventIdentity}, so that
 * an Ofsted report and a council paper about the same inspection meet at one event.
 */
record GraphRows(String hash, String authorityCode, Map<String, Object> document, List<String> eventKeys, List<Map<String, Object>> inspectors, List<Map<String, Object>> judgements,
		List<Map<String, Object>> roles, List<Map<String, Object>> findings, int tagCount,
		List<Map<String, Object>> areaSend) {

	static GraphRows of(ExtractedDocument doc) {
		String hash = doc.contentHash();
		String code = doc.authority().code();
		List<String> keys = new ArrayList<>();
		List<Map<String, Object>> events = new ArrayList<>();
		List<Map<String, Object>> inspectors = new ArrayList<>();
		List<Map<String, Object>> judgements = new ArrayList<>();
		List<Map<String, Object>> areaSend = new ArrayList<>();
		for (int i = 0; i < doc.events().size(); i++) {
			ExtractedEvent event = doc.events().get(i);
			String key = eventKey(code, event, doc, i);
			keys.add(key);
			events.add(Map.of("key", key, "report", report(event, doc.kind())));
			for (ExtractedInspector inspector : event.inspectors()) {
				inspectors.add(inspectorRow(key, inspector));
			}
			for (ExtractedJudgement judgement : event.judgements()) {
				judgements.add(judgementRow(hash, key, judgement));
			}
			if (event.areaSend() != null) {
				areaSend.add(AreaSendRows.row(hash, key, event.areaSend()));
			}
		}
		List<Map<String, Object>> findings = new ArrayList<>();
		int tagCount = 0;
		for (ExtractedFinding finding : doc.findings()) {
			String eventKey = finding.eventIndex() >= 0 && finding.eventIndex() < keys.size()
					? keys.get(finding.eventIndex()) : null;
			findings.add(findingRow(hash + ":f" + finding.order(), eventKey, finding));
			tagCount += finding.themes().size();
		}
		List<Map<String, Object>> roles = new ArrayList<>();
		for (int i = 0; i < doc.people().size(); i++) {
			roles.add(roleRow(hash + ":r" + i, doc.people().get(i)));
		}
		Map<String, Object> document = documentRow(doc);
		document.put("events", events);
		return new GraphRows(hash, code, document, keys, inspectors, judgements, roles, findings, tagCount, areaSend);
	}

	/** This document's part of a statement's batch: its hash and authority with the rows given. */
	Map<String, Object> part(String name, Object rows) {
		return Map.of("hash", hash, "authorityCode", authorityCode, name, rows);
	}

	private static Map<String, Object> documentRow(ExtractedDocument doc) {
		Map<String, Object> row = new HashMap<>();
		row.put("hash", doc.contentHash());
		row.put("authorityCode", doc.authority().code());
		row.put("kind", doc.kind().name());
		row.put("framework", doc.framework() == null ? null : doc.framework().name());
		row.put("title", doc.title());
		row.put("fileName", doc.file());
		row.put("date", doc.documentDate() == null ? null : doc.documentDate().date().toString());
		row.put("datePrecision", doc.documentDate() == null ? null : doc.documentDate().precision().name());
		row.put("text", doc.text());
		row.put("complete", doc.completeness().complete());
		row.put("pageCount", doc.completeness().pageCount());
		row.put("incompleteReason", doc.completeness().problem());
		return row;
	}

	private static Map<String, Object> report(ExtractedEvent event, DocumentKind documentKind) {
		Map<String, Object> row = new HashMap<>();
		row.put("kind", event.kind().name());
		row.put("startDate", event.startDate() == null ? null : event.startDate().date());
		row.put("startPrecision", event.startDate() == null ? null : event.startDate().precision().name());
		row.put("endDate", event.endDate() == null ? null : event.endDate().date());
		row.put("endPrecision", event.endDate() == null ? null : event.endDate().precision().name());
		row.put("focus", event.focus());
		row.put("authoritative", !documentKind.isCouncil());
		row.put("previousStartDate", event.previousInspection() == null ? null : event.previousInspection().start().date());
		row.put("previousEndDate", event.previousInspection() == null ? null : event.previousInspection().end().date());
		if (event.joint() != null) {
			row.put("deepDive", event.joint().deepDive() == null ? null : event.joint().deepDive().name());
			row.put("inspectorates", event.joint().inspectorates().stream().map(Enum::name).toList());
		}
		putSpan(row, event.span());
		return row;
	}

	private static Map<String, Object> inspectorRow(String eventKey, ExtractedInspector inspector) {
		Map<String, Object> row = new HashMap<>();
		row.put("eventKey", eventKey);
		row.put("personKey", PersonKeys.of(inspector.name()));
		row.put("name", PersonKeys.displayName(inspector.name()));
		row.put("lead", inspector.lead());
		putSpan(row, inspector.span());
		return row;
	}

	private static Map<String, Object> judgementRow(String hash, String eventKey, ExtractedJudgement judgement) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", hash + ":" + eventKey + ":" + judgement.area().name());
		row.put("eventKey", eventKey);
		row.put("area", judgement.area().name());
		row.put("grade", judgement.grade().name());
		row.put("score", judgement.grade().score());
		row.put("wording", judgement.wording());
		putSpan(row, judgement.span());
		return row;
	}

	private static Map<String, Object> roleRow(String id, ExtractedPerson person) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("personKey", PersonKeys.of(person.name()));
		row.put("name", PersonKeys.displayName(person.name()));
		row.put("title", person.role());
		row.put("organisation", person.organisation());
		row.put("relation", person.relation().name());
		row.put("agency", person.agency() == null ? null : person.agency().name());
		row.put("inspectorate", person.relation() == Relation.SIGNATORY
				? Inspectorate.fromTitle(person.organisation()).map(Enum::name).orElse(null) : null);
		putSpan(row, person.span());
		return row;
	}

	private static Map<String, Object> findingRow(String id, String eventKey, ExtractedFinding finding) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("eventKey", eventKey);
		row.put("kind", finding.kind().name());
		row.put("section", finding.section());
		row.put("order", finding.order());
		row.put("text", finding.text());
		putSpan(row, finding.span());
		row.put("tags", finding.themes().stream().map(GraphRows::tagRow).toList());
		return row;
	}

	private static Map<String, Object> tagRow(ThemeTag tag) {
		return Map.of("slug", tag.slug(), "polarity", tag.polarity().name(), "evidence", tag.evidence());
	}

	private static void putSpan(Map<String, Object> row, Span span) {
		row.put("spanStart", span == null ? null : span.start());
		row.put("spanEnd", span == null ? null : span.end());
	}

	/** The key of the document's {@code index}th event: see {@link EventIdentity}. */
	private static String eventKey(String authorityCode, ExtractedEvent event, ExtractedDocument doc, int index) {
		return EventIdentity.of(authorityCode, event.kind(), event.startDate() == null ? null : event.startDate().date(),
				doc.contentHash(), index).key();
	}
}
