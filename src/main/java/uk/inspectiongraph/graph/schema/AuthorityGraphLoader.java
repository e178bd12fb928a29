package uk.inspectiongraph.graph.schema;

import uk.inspectiongraph.reading.gazetteer.Authority;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;


/**
 * Merges the gazetteer into the graph as {@code Authority} nodes, with {@code SUCCEEDED_BY}
 * relationships from former authorities to their successors, first among the reference data (the
 * neighbours link its nodes). The node's {@code name} is the name
 * analysts know it by (see {@link #displayName}); the council's official name is kept beside it.
 */
@Component
@Order(0)
class AuthorityGraphLoader implements ReferenceDataLoader {

	private final Gazetteer gazetteer;

	private final Neo4jClient neo4j;

	AuthorityGraphLoader(Gazetteer gazetteer, Neo4jClient neo4j) {
		this.gazetteer = gazetteer;
		this.neo4j = neo4j;
	}

	@Override
	public int load() {
		List<Map<String, Object>> rows = rows();
		neo4j.query(ReferenceDataQueries.MERGE_AUTHORITIES).bind(rows).to("authorities").run();
		neo4j.query(ReferenceDataQueries.MERGE_SUCCESSIONS).bind(rows).to("authorities").run();
		return rows.size();
	}

	@Override
	public String fingerprint() {
		return ReferenceFingerprint.of(rows());
	}

	private List<Map<String, Object>> rows() {
		return gazetteer.all().stream().map(AuthorityGraphLoader::row).toList();
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
