package uk.inspectiongraph.api.document;

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
 * The Cypher behind documents: one by hash, a list by authority and kind, and the batched
 * statements the {@link BatchReader} runs for their texts and for the documents of findings,
 * judgements, roles, inspections, events, authorities and people: provenance read both ways. The
 * map projection of a document stays on its view ({@link DocumentView#PROJECTION}), beside the code
 * that reads it.
 */
@Component
public class DocumentQueries {

	static final String DOCUMENT_BY_HASH = "MATCH (d:Document {hash: $hash}) RETURN " + DocumentView.PROJECTION
			+ " AS value";

	static final String DOCUMENTS = """
			MATCH (d:Document)
			OPTIONAL MATCH (d)-[:ABOUT]->(a:Authority)
			WITH d, a
			WHERE ($kinds IS NULL OR d.kind IN $kinds) AND ($authorityCodes IS NULL OR (a IS NOT NULL AND %s))
			RETURN %s AS value ORDER BY d.date DESC, d.title, d.hash""".formatted(Scope.AUTHORITY_MATCH, DocumentView.PROJECTION);

	public static final String DOCUMENTS_BY_HASH = """
			UNWIND $keys AS key
			MATCH (d:Document {hash: key})
			RETURN key, %s AS value""".formatted(DocumentView.PROJECTION);

	static final String TEXTS_BY_HASH = """
			UNWIND $keys AS key
			MATCH (d:Document {hash: key})
			RETURN key, d.text AS value""";

	static final String DOCUMENTS_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (:Event {key: key})<-[:REPORTS]-(d:Document)
			RETURN key, %s AS value ORDER BY d.date, d.hash""".formatted(DocumentView.PROJECTION);

	static final String COPIES_OF_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (:Document {hash: key})<-[:COPY_OF]-(d:Document)
			RETURN key, %s AS value ORDER BY d.ingestedAt, d.hash""".formatted(DocumentView.PROJECTION);

	static final String DOCUMENTS_OF_AUTHORITIES = """
			UNWIND $keys AS key
			MATCH (:Authority {code: key})<-[:ABOUT]-(d:Document)
			RETURN key, %s AS value ORDER BY d.date DESC, d.hash""".formatted(DocumentView.PROJECTION);

	static final String DOCUMENTS_OF_PEOPLE = """
			UNWIND $keys AS key
			MATCH (p:Person {key: key})
			CALL (p) {
			  MATCH (p)-[:HELD]->(:Role)-[:STATED_IN]->(d:Document)
			  RETURN d
			  UNION
			  MATCH (p)-[i:INSPECTED]->(:Event)
			  MATCH (d:Document {hash: i.documentHash})
			  RETURN d
			}
			WITH key, d ORDER BY d.date DESC, d.hash
			RETURN key, %s AS value""".formatted(DocumentView.PROJECTION);

	private final CypherReader cypher;

	DocumentQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	Optional<DocumentView> byHash(String hash) {
		return cypher.one(DOCUMENT_BY_HASH, Map.of("hash", hash), row -> DocumentView.of(row.get("value")));
	}

	List<DocumentView> list(String authority, List<String> kinds) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", kinds == null || kinds.isEmpty() ? null : kinds);
		boolean any = authority == null || authority.isBlank();
		parameters.put("authorityCodes", any ? null : List.of(authority.strip().toUpperCase(Locale.ROOT)));
		parameters.put("authorityNames", any ? null : List.of(authority.strip().toLowerCase(Locale.ROOT)));
		return cypher.list(DOCUMENTS, parameters, row -> DocumentView.of(row.get("value")));
	}
}
