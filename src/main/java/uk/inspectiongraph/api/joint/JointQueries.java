package uk.inspectiongraph.api.joint;

import uk.inspectiongraph.api.people.RoleView;

/**
 * The batched statements behind a joint inspection's fields: its deep dive and the themes that
 * concerns, the inspectorates that took part, and the people its letters were signed by and
 * addressed to (each a role stated in a document reporting the event).
 */
final class JointQueries {

	private JointQueries() {
	}

	static final String DEEP_DIVES_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (:Event {key: key})-[:DEEP_DIVE]->(n:DeepDive)
			RETURN key, %s AS value""".formatted(DeepDiveView.PROJECTION);

	static final String THEMES_OF_DEEP_DIVES = """
			UNWIND $keys AS key
			MATCH (:DeepDive {slug: key})-[:CONCERNS]->(t:Theme)
			RETURN key, t.slug AS value ORDER BY t.slug""";

	static final String INSPECTORATES_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (:Event {key: key})-[:INSPECTED_BY]->(i:Inspectorate)
			RETURN key, %s AS value ORDER BY CASE i.code WHEN 'OFSTED' THEN 0 ELSE 1 END, i.code"""
		.formatted(InspectorateView.PROJECTION);

	static final String INSPECTORATES_OF_ROLES = """
			UNWIND $keys AS key
			MATCH (:Role {id: key})-[:FOR]->(i:Inspectorate)
			RETURN key, %s AS value""".formatted(InspectorateView.PROJECTION);

	/** The roles of relation {@code $relation} stated in the documents reporting each event, in letter order. */
	static final String ROLES_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (:Event {key: key})<-[:REPORTS]-(d:Document)<-[:STATED_IN]-(r:Role {relation: $relation})<-[:HELD]-(p:Person)
			RETURN key, %s AS value ORDER BY d.date, d.hash, r.spanStart, r.id""".formatted(RoleView.PROJECTION);
}
