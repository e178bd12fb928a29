package uk.inspectiongraph.graph.schema;

/**
 * Loads reference data (the authority gazetteer, the theme taxonomy) into the graph at start-up.
 * Implementations merge, so running them on every start is safe and picks up edits.
 */
public interface ReferenceDataLoader {

	/** Merges this reference data into the graph; returns how many entries it holds. */
	int load();
}
