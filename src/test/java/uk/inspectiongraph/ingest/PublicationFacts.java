package uk.inspectiongraph.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the graph holds of one publication's files (by hash) and of the event it reports, read
 * with plain Cypher for the copy tests: who holds the facts, what is recorded as a copy, how many
 * judgements per area and findings the event has.
 */
record PublicationFacts(Neo4jClient neo4j) {

	/** The documents among {@code hashes} that hold facts (report an event), with no COPY_OF. */
	List<String> holders(Collection<String> hashes) {
		return strings("""
				MATCH (d:Document)-[:REPORTS]->(:Event)
				WHERE d.hash IN $hashes AND NOT (d)-[:COPY_OF]->()
				RETURN DISTINCT d.hash""", Map.of("hashes", List.copyOf(hashes)));
	}

	/** The documents among {@code hashes} recorded as copies of {@code holder}, holding nothing themselves. */
	List<String> copiesOf(String holder, Collection<String> hashes) {
		return strings("""
				MATCH (c:Document)-[:COPY_OF]->(:Document {hash: $holder})
				WHERE c.hash IN $hashes AND c.text IS NULL AND NOT (c)-[:REPORTS]->() AND NOT (c)<-[:STATED_IN]-()
				RETURN c.hash""", Map.of("holder", holder, "hashes", List.copyOf(hashes)));
	}

	/** The documents among {@code hashes} still in the graph. */
	long documents(Collection<String> hashes) {
		return count("MATCH (d:Document) WHERE d.hash IN $hashes RETURN count(d)", Map.of("hashes", List.copyOf(hashes)));
	}

	/** Per judgement area, how many judgements the event has from documents of the kind given. */
	Map<String, Long> judgementsPerArea(String eventKey, String kind) {
		Map<String, Long> areas = new java.util.TreeMap<>();
		neo4j.query("""
				MATCH (:Event {key: $key})<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document {kind: $kind})
				RETURN j.area AS area, count(j) AS judgements""")
			.bindAll(Map.of("key", eventKey, "kind", kind))
			.fetch()
			.all()
			.forEach(row -> areas.put((String) row.get("area"), (Long) row.get("judgements")));
		return areas;
	}

	/** The findings about the event, and the event's own roll-up count of them. */
	long findings(String eventKey) {
		long findings = count("MATCH (:Event {key: $key})<-[:ABOUT]-(f:Finding) RETURN count(f)", Map.of("key", eventKey));
		assertThat(count("MATCH (e:Event {key: $key}) RETURN coalesce(e.findingCount, 0)", Map.of("key", eventKey)))
			.as("the event roll-up's findingCount").isEqualTo(findings);
		return findings;
	}

	/** The findings stated in a document. */
	long findingsIn(String hash) {
		return count("MATCH (:Document {hash: $hash})<-[:STATED_IN]-(f:Finding) RETURN count(f)", Map.of("hash", hash));
	}

	long count(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElseThrow();
	}

	private List<String> strings(String cypher, Map<String, Object> parameters) {
		return List.copyOf(neo4j.query(cypher).bindAll(parameters).fetchAs(String.class).all());
	}
}
