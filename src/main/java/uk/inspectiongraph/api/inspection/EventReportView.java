package uk.inspectiongraph.api.inspection;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * What one document says of an event: its {@code REPORTS} relationship.
 *
 * @param event the event
 * @param kind the kind the document gives it
 * @param startDate the start it gives
 * @param endDate the end it gives
 * @param authoritative whether the document is Ofsted's own account
 */
public record EventReportView(EventView event, String kind, String startDate, String endDate, boolean authoritative) {

	/** The report held in a row with {@code e} (the event) and {@code r} (the relationship). */
	static EventReportView of(MapAccessor row) {
		Value event = row.get("e");
		Value report = row.get("r");
		return new EventReportView(EventView.of(event), Rows.text(report.get("kind")), Rows.date(report.get("startDate"), report.get("startPrecision")),
				Rows.date(report.get("endDate"), report.get("endPrecision")), report.get("authoritative").asBoolean(false));
	}
}
