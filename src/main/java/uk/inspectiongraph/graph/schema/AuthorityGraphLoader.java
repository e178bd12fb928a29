package uk.inspectiongraph.graph.schema;

import uk.inspectiongraph.reading.gazetteer.Authority;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;


/**
 * Merges the gazetteer into the graph as {@code Authority} nodes, with {@code SUCCEEDED_BY}
 * relationships from former authorities to their successors. The node's {@code name} is the name
 * analysts know it by (see {@link #displayName}); the council's official name is kept beside it.
 */
@Component
class AuthorityGraphLoader implements ReferenceDataLoader {

	private static final String MERGE_AUTHORITIES = """
			UNWIND $authorities AS row
			MERGE (a:Authority {code: row.code})
			SET a.name = row.name, a.officialName = row.officialName, a.type = row.type, a.region = row.region,
			    a.urn = row.urn, a.validFrom = row.validFrom, a.validTo = row.validTo, a.aliases = row.aliases""";

	private static final String MERGE_SUCCESSIONS = """
			UNWIND $authorities AS row
			MATCH (former:Authority {code: row.code})
			UNWIND row.successorCodes AS successorCode
			MATCH (successor:Authority {code: successorCode})
			MERGE (former)-[s:SUCCEEDED_BY]->(successor)
			SET s.date = successor.validFrom""";

	private final Gazetteer gazetteer;

	private final Neo4jClient neo4j;

	AuthorityGraphLoader(Gazetteer gazetteer, Neo4jClient neo4j) {
		this.gazetteer = gazetteer;
		this.neo4j = neo4j;
	}

	@Override
	public int load() {
		List<Map<String, Object>> rows = gazetteer.all().stream().map(AuthorityGraphLoader::row).toList();
		neo4j.query(MERGE_AUTHORITIES).bind(rows).to("authorities").run();
		neo4j.query(MERGE_SUCCESSIONS).bind(rows).to("authorities").run();
		return rows.size();
	}

	/**
	 * The short name Ofsted uses; a former authority keeps its official name so that it is never
	 * confused with a successor of the same short name (Somerset County Council and Somerset).
	 */
	static String displayName(Authority authority) {
		return authority.isCurrent() ? authority.shortName() : authority.name();
	}

	private static Map<String, Object> row(Authority authority) {
		Map<String, Object> row = new HashMap<>();
		row.put("code", authority.code());
		row.put("name", displayName(authority));
		row.put("officialName", authority.name());
		row.put("type", authority.type().label());
		row.put("region", authority.region().label());
		row.put("urn", authority.urn());
		row.put("validFrom", authority.validFrom());
		row.put("validTo", authority.validTo());
		row.put("aliases", authority.aliases());
		row.put("successorCodes", authority.successorCodes());
		return row;
	}
}
