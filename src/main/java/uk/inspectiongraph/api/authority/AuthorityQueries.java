package uk.inspectiongraph.api.authority;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.cypher.CypherReader;

/**
 * The Cypher that finds authorities: by name or code, by region and type, and the batched
 * statements the {@link BatchReader} runs for the authority of events, findings, documents and
 * roles, and the authorities an inspector visited.
 */
@Component
class AuthorityQueries {

	static final String AUTHORITY_BY_NAME_OR_CODE = """
			MATCH (a:Authority)
			WHERE %s
			RETURN a ORDER BY a.code IN $authorityCodes DESC, a.name LIMIT 1""".formatted(Scope.AUTHORITY_MATCH);

	static final String AUTHORITIES = """
			MATCH (a:Authority)
			WHERE ($regions IS NULL OR toLower(a.region) IN $regions)
			  AND ($authorityTypes IS NULL OR toLower(a.type) IN $authorityTypes)
			RETURN a ORDER BY a.name""";

	static final String AUTHORITY_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (:Event {key: key})-[:AT]->(a:Authority)
			RETURN key, a AS value""";

	static final String AUTHORITY_OF_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (:Document {hash: key})-[:ABOUT]->(a:Authority)
			RETURN key, a AS value""";

	static final String AUTHORITY_OF_ROLES = """
			UNWIND $keys AS key
			MATCH (:Role {id: key})-[:AT]->(a:Authority)
			RETURN key, a AS value""";

	static final String AUTHORITY_OF_FINDINGS = """
			UNWIND $keys AS key
			MATCH (f:Finding {id: key})
			OPTIONAL MATCH (f)-[:ABOUT]->(:Event)-[:AT]->(ea:Authority)
			OPTIONAL MATCH (f)-[:STATED_IN]->(:Document)-[:ABOUT]->(da:Authority)
			WITH key, coalesce(ea, da) AS a WHERE a IS NOT NULL
			RETURN key, a AS value""";

	static final String AUTHORITIES_VISITED_BY = """
			UNWIND $keys AS key
			MATCH (:Person {key: key})-[:INSPECTED]->(:Event)-[:AT]->(a:Authority)
			WITH DISTINCT key, a ORDER BY a.name
			RETURN key, a AS value""";

	private final CypherReader cypher;

	AuthorityQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	Optional<AuthorityView> byNameOrCode(String name, String code) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("authorityCodes", code == null ? List.of() : List.of(code.strip().toUpperCase(Locale.ROOT)));
		parameters.put("authorityNames", name == null ? List.of() : List.of(name.strip().toLowerCase(Locale.ROOT)));
		return cypher.one(AUTHORITY_BY_NAME_OR_CODE, parameters, row -> AuthorityView.of(row.get("a")));
	}

	List<AuthorityView> list(List<String> regions, List<String> types) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("regions", lower(regions));
		parameters.put("authorityTypes", lower(types));
		return cypher.list(AUTHORITIES, parameters, row -> AuthorityView.of(row.get("a")));
	}

	private static List<String> lower(List<String> values) {
		return values == null || values.isEmpty() ? null
				: values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
	}
}
