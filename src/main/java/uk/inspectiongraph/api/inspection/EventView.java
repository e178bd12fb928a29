package uk.inspectiongraph.api.inspection;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * An inspection event as the API shows it: the properties of an {@code Event} node.
 *
 * @param key authority code, family and month
 * @param kind the kind of event
 * @param startDate the start, yyyy-mm-dd, or yyyy-mm when only the month is known
 * @param startPrecision DAY or MONTH
 * @param endDate the end, if known
 * @param endPrecision DAY or MONTH
 * @param year the year it started
 * @param focus the area of practice a visit looked at
 * @param previousStartDate the start of the previous inspection of its kind, where the report states it
 * @param previousEndDate the end of that previous inspection
 */
public record EventView(String key, String kind, String startDate, String startPrecision, String endDate,
		String endPrecision, Integer year, String focus, String previousStartDate, String previousEndDate) {

	/**
	 * The properties of event {@code e} this view shows, as a map: what a statement returns instead
	 * of the node, whose roll-up properties (lists that grow with its findings) the view never reads.
	 */
	public static final String PROJECTION = "e {.key, .kind, .startDate, .startPrecision, .endDate, .endPrecision, "
			+ ".year, .focus, .previousStartDate, .previousEndDate}";

	/** The event held in a node value, or a map made by {@link #PROJECTION}. */
	public static EventView of(Value node) {
		return new EventView(Rows.text(node.get("key")), Rows.text(node.get("kind")), Rows.date(node.get("startDate"), node.get("startPrecision")),
				Rows.text(node.get("startPrecision")), Rows.date(node.get("endDate"), node.get("endPrecision")), Rows.text(node.get("endPrecision")),
				Rows.integer(node.get("year")), Rows.text(node.get("focus")), Rows.date(node.get("previousStartDate")),
				Rows.date(node.get("previousEndDate")));
	}
}
