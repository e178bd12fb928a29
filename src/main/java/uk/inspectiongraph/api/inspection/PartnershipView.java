package uk.inspectiongraph.api.inspection;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * The local area partnership an area SEND inspection looked at, as its report names it: the
 * council and the health body jointly responsible for services for children with SEND. The
 * health body's key joins the partnerships an integrated care board belongs to.
 *
 * @param id the partnership's id
 * @param council the council as the report names it
 * @param authorityCode the council's authority
 * @param healthBody the health body as the report names it
 * @param healthBodyKey the health body's key
 * @param eventKey the inspection event
 */
public record PartnershipView(String id, String council, String authorityCode, String healthBody,
		String healthBodyKey, String eventKey) {

	/** The projection of partnership {@code p} of event {@code e}, with its authority {@code a} and health body {@code h}. */
	public static final String PROJECTION = "p {.id, .council, authorityCode: a.code, healthBody: p.healthBody, "
			+ "healthBodyKey: h.key, eventKey: e.key}";

	/** The partnership held in a map value made by {@link #PROJECTION}. */
	public static PartnershipView of(Value map) {
		return new PartnershipView(Rows.text(map.get("id")), Rows.text(map.get("council")),
				Rows.text(map.get("authorityCode")), Rows.text(map.get("healthBody")),
				Rows.text(map.get("healthBodyKey")), Rows.text(map.get("eventKey")));
	}
}
