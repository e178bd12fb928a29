package uk.inspectiongraph.graph.schema;

/**
 * Loads reference data (the authority gazetteer, the theme taxonomy) into the graph at start-up.
 * Implementations merge, so running them again is safe and picks up edits; {@link #fingerprint}
 * lets a restart skip the ones whose data the graph already holds.
 */
public interface ReferenceDataLoader {

	/** Merges this reference data into the graph; returns how many entries it holds. */
	int load();

	/**
	 * A digest of the rows {@link #load} merges ({@link ReferenceFingerprint}): the same digest as
	 * the one recorded at the last load means the graph holds this data as it is.
	 */
	String fingerprint();
}
