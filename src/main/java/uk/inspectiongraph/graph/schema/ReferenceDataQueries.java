package uk.inspectiongraph.graph.schema;

/**
 * The statements that merge the reference data (the gazetteer's authorities and successions, their
 * statistical neighbours, the taxonomy's themes and their broader themes) into the graph at start-up. Each takes its rows as one
 * list parameter, so a reload is two statements whatever the size of the data.
 */
final class ReferenceDataQueries {

	static final String MERGE_AUTHORITIES = """
			UNWIND $authorities AS row
			MERGE (a:Authority {code: row.code})
			SET a.name = row.name, a.officialName = row.officialName, a.type = row.type, a.region = row.region,
			    a.urn = row.urn, a.validFrom = row.validFrom, a.validTo = row.validTo, a.aliases = row.aliases""";

	static final String MERGE_SUCCESSIONS = """
			UNWIND $authorities AS row
			MATCH (former:Authority {code: row.code})
			UNWIND row.successorCodes AS successorCode
			MATCH (successor:Authority {code: successorCode})
			MERGE (former)-[s:SUCCEEDED_BY]->(successor)
			SET s.date = successor.validFrom""";

	/** Each authority's neighbours by rank; a neighbour no longer listed loses its relationship. */
	static final String MERGE_NEIGHBOURS = """
			UNWIND $authorities AS row
			MATCH (a:Authority {code: row.code})
			OPTIONAL MATCH (a)-[old:NEIGHBOUR]->(n:Authority)
			WHERE NOT n.code IN [neighbour IN row.neighbours | neighbour.code]
			DELETE old
			WITH DISTINCT a, row
			UNWIND row.neighbours AS neighbour
			MATCH (n:Authority {code: neighbour.code})
			MERGE (a)-[r:NEIGHBOUR]->(n)
			SET r.rank = neighbour.rank""";

	static final String MERGE_THEMES = """
			UNWIND $themes AS row
			MERGE (t:Theme {slug: row.slug})
			SET t.name = row.name, t.description = row.description, t.group = row.group,
			    t.triggers = row.triggers, t.exclusions = row.exclusions, t.roles = row.roles, t.weak = row.weak""";

	static final String LINK_BROADER = """
			UNWIND $themes AS row
			MATCH (t:Theme {slug: row.slug})
			OPTIONAL MATCH (t)-[old:BROADER]->()
			DELETE old
			WITH DISTINCT t, row
			MATCH (parent:Theme {slug: row.parent})
			MERGE (t)-[:BROADER]->(parent)""";

	/** The fingerprint recorded at each loader's last load, by loader name. */
	static final String RECORDED_FINGERPRINTS = """
			MATCH (r:ReferenceData)
			RETURN r.name AS name, r.fingerprint AS fingerprint""";

	/** Records a loader's fingerprint once it has loaded; parameters {@code name}, {@code fingerprint}. */
	static final String RECORD_FINGERPRINT = """
			MERGE (r:ReferenceData {name: $name})
			SET r.fingerprint = $fingerprint, r.loadedAt = datetime()""";

	private ReferenceDataQueries() {
	}
}
