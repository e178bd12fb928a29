package uk.inspectiongraph.graph.write;

import java.util.function.BiFunction;

/**
 * The three statements of a roll-up that records what each event added to its cells as part nodes
 * ({@code event} property, one per event and cell), so that taking an event away later subtracts
 * exactly what it added: subtract and delete the parts of the events {@code $keys}, add the parts
 * of their current state, and rebuild everything. The roll-up supplies its part label, the Cypher
 * that writes the parts of the events in scope, and how parts are applied to its cells with a sign.
 *
 * @param partLabel the label of the part nodes
 * @param writeParts Cypher that, given the events in scope, writes their part nodes
 * @param applyParts the Cypher that adds (sign 1) or subtracts (sign -1) the parts the given
 *        Cypher matches as {@code x} to the cells
 */
record EventPartStatements(String partLabel, String writeParts, BiFunction<String, Integer, String> applyParts) {

	/** Takes away from the cells what the events {@code $keys} added, and deletes their parts. */
	String subtract() {
		return "CALL () {\n" + applyParts.apply(partsByKey(), -1) + "}\n" + """
				CALL () {
				  UNWIND $keys AS key
				  MATCH (x:%s {event: key})
				  DELETE x
				}""".formatted(partLabel);
	}

	/** Adds to the cells what the events {@code $keys} raise now, and records it as their parts. */
	String add() {
		return "CALL () {\n" + ThemeYearRollupQueries.EVENTS_BY_KEY + writeParts + "}\nCALL () {\n"
				+ applyParts.apply(partsByKey(), 1) + "}";
	}

	/** Deletes the nodes of {@code labels} (cells and parts) and adds every event again; no parameters. */
	String refreshAll(String labels) {
		return """
				CALL () {
				  MATCH (c:%s)
				  DELETE c
				}
				CALL () {
				""".formatted(labels) + ThemeYearRollupQueries.EVERY_EVENT + writeParts + "}\nCALL () {\n"
				+ applyParts.apply("MATCH (x:" + partLabel + ")\n", 1) + "}";
	}

	private String partsByKey() {
		return """
				UNWIND $keys AS key
				MATCH (x:%s {event: key})
				""".formatted(partLabel);
	}
}
