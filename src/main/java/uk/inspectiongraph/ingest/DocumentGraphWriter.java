package uk.inspectiongraph.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import uk.inspectiongraph.extraction.ExtractedDocument;
import uk.inspectiongraph.extraction.SourceText;

/**
 * Writes one extracted document and every fact derived from it to the graph, replacing what an
 * earlier extraction of the same document had derived. Each statement sends a whole list through
 * {@code UNWIND}: a handful of round trips per document, never one per fact. The caller runs it
 * in a single transaction.
 */
@Component
class DocumentGraphWriter {

	private final Neo4jClient neo4j;

	DocumentGraphWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Whether a document with these bytes is already in the graph. */
	boolean contains(String contentHash) {
		return neo4j.query("MATCH (d:Document {hash: $hash}) RETURN count(d) > 0")
			.bind(contentHash)
			.to("hash")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	void write(ExtractedDocument document) {
		GraphRows rows = GraphRows.of(document);
		Set<String> touchedEvents = new HashSet<>(removeDerivedFacts(rows.hash()));
		touchedEvents.addAll(rows.eventKeys());
		requireAuthority(rows.authorityCode());
		run(DocumentCypher.MERGE_DOCUMENT, rows.document());
		run(DocumentCypher.MERGE_EVENTS, Map.of("hash", rows.hash(), "authorityCode", rows.authorityCode(),
				"events", rows.events()));
		run(DocumentCypher.REFRESH_EVENTS, Map.of("keys", List.copyOf(touchedEvents)));
		run(DocumentCypher.MERGE_AUTHORITY_LINK, Map.of("hash", rows.hash(), "authorityCode", rows.authorityCode()));
		run(DocumentCypher.MERGE_INSPECTORS, Map.of("hash", rows.hash(), "inspectors", rows.inspectors()));
		run(DocumentCypher.CREATE_JUDGEMENTS, Map.of("hash", rows.hash(), "judgements", rows.judgements()));
		run(DocumentCypher.CREATE_ROLES, Map.of("hash", rows.hash(), "roles", rows.roles()));
		run(DocumentCypher.CREATE_FINDINGS, Map.of("hash", rows.hash(), "findings", rows.findings()));
		requireAllTagged(rows.tags().size(), count(DocumentCypher.CREATE_TAGS, Map.of("tags", rows.tags())));
		run(EventRollup.REFRESH, EventRollup.parameters(touchedEvents));
		run(DocumentCypher.DELETE_ORPHANS, Map.of());
	}

	/** Every stored document's text, to extract again. */
	List<SourceText> storedDocuments() {
		return List.copyOf(neo4j.query("MATCH (d:Document) RETURN d.fileName AS file, d.hash AS hash, d.text AS text ORDER BY file")
			.fetchAs(SourceText.class)
			.mappedBy((types, record) -> new SourceText(record.get("file").asString(), record.get("hash").asString(),
					record.get("text").asString()))
			.all());
	}

	/** Deletes a document and everything derived from it; false when there was no such document. */
	boolean delete(String contentHash) {
		if (!contains(contentHash)) {
			return false;
		}
		List<String> touchedEvents = removeDerivedFacts(contentHash);
		run(DocumentCypher.DELETE_DOCUMENT, Map.of("hash", contentHash));
		run(DocumentCypher.REFRESH_EVENTS, Map.of("keys", touchedEvents));
		run(EventRollup.REFRESH, EventRollup.parameters(touchedEvents));
		run(DocumentCypher.DELETE_ORPHANS, Map.of());
		return true;
	}

	/** Removes what an earlier extraction derived from the document; returns the events it had reported. */
	private List<String> removeDerivedFacts(String hash) {
		List<String> reported = List.copyOf(neo4j.query(DocumentCypher.EVENTS_REPORTED_BY)
			.bind(hash)
			.to("hash")
			.fetchAs(String.class)
			.all());
		run(DocumentCypher.DELETE_DERIVED, Map.of("hash", hash));
		return reported;
	}

	private void requireAuthority(String code) {
		if (count("MATCH (a:Authority {code: $code}) RETURN count(a)", Map.of("code", code)) == 0) {
			throw new IllegalStateException("authority " + code + " is not in the graph: load the gazetteer first");
		}
	}

	private static void requireAllTagged(int expected, long created) {
		if (created != expected) {
			throw new IllegalStateException(
					"only " + created + " of " + expected + " theme tags matched a Theme in the graph: is the taxonomy loaded?");
		}
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
	}

	private void run(String cypher, Map<String, Object> parameters) {
		neo4j.query(cypher).bindAll(parameters).run();
	}
}
