package uk.inspectiongraph.api.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.cypher.Rows;

/**
 * The Cypher behind the findings workbook: every finding the analyst filters select (the same
 * filter as {@code findings}, {@link FindingQueries#FILTER}), newest first as {@code findings}
 * lists them, each with its provenance: authority, event, date, kind, section, every theme it
 * raises with polarity and evidence, and its document.
 */
@Component
class FindingExportQueries {

	/** The most rows one export holds (Excel's own limit is about a million). */
	static final int MAX_ROWS = 200_000;

	static final String FINDINGS_WITH_PROVENANCE = """
			MATCH (f:Finding)
			%s
			OPTIONAL MATCH (f)-[tg:TAGGED]->(t:Theme)
			WITH f, d, e, a, tg, t ORDER BY t.name
			WITH f, d, e, a, [x IN collect(CASE WHEN t IS NULL THEN null
			    ELSE {theme: t.name, polarity: tg.polarity, evidence: tg.evidence} END) WHERE x IS NOT NULL] AS tags
			RETURN f.id AS id, f.kind AS kind, f.section AS section, f.text AS text, f.date AS date,
			       a.name AS authority, a.code AS code, e.key AS event, e.kind AS eventKind,
			       d.hash AS hash, d.title AS title, tags
			ORDER BY f.date DESC, f.id
			LIMIT $limit""".formatted(FindingQueries.FILTER);

	private final CypherReader cypher;

	FindingExportQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	List<FindingRow> rows(FindingPage.Filter filter) {
		Map<String, Object> parameters = FindingQueries.parameters(filter);
		parameters.put("limit", MAX_ROWS);
		return cypher.list(FINDINGS_WITH_PROVENANCE, parameters, row -> new FindingRow(Rows.text(row.get("id")),
				Rows.text(row.get("authority")), Rows.text(row.get("code")), Rows.text(row.get("event")),
				Rows.text(row.get("eventKind")), date(row.get("date")), Rows.text(row.get("kind")),
				Rows.text(row.get("section")), Rows.text(row.get("text")), Rows.text(row.get("hash")),
				Rows.text(row.get("title")), row.get("tags").asList(FindingExportQueries::tag)));
	}

	private static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

	private static FindingRow.Tag tag(Value value) {
		return new FindingRow.Tag(Rows.text(value.get("theme")), Rows.text(value.get("polarity")),
				Rows.text(value.get("evidence")));
	}

	/**
	 * One finding with where it comes from.
	 *
	 * @param id its id
	 * @param authority the authority's name
	 * @param code the authority's ONS code
	 * @param event the event's key
	 * @param eventKind the event's kind
	 * @param date the event's start, or the document's date when it is about no event
	 * @param kind the kind of statement
	 * @param section the heading it was found under
	 * @param text what it says
	 * @param hash its document's hash
	 * @param title its document's title
	 * @param tags the themes it raises
	 */
	record FindingRow(String id, String authority, String code, String event, String eventKind, LocalDate date,
			String kind, String section, String text, String hash, String title, List<Tag> tags) {

		/** A theme a finding raises, with the polarity and the words that raised it. */
		record Tag(String theme, String polarity, String evidence) {
		}
	}
}
