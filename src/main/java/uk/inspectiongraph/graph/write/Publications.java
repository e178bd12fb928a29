package uk.inspectiongraph.graph.write;


import uk.inspectiongraph.domain.DocumentRef;
import uk.inspectiongraph.graph.write.CopyQueries;
import uk.inspectiongraph.graph.write.GraphRows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import uk.inspectiongraph.reading.ExtractedDocument;

/**
 * Keeps one set of facts per publication. Documents are identified by the SHA-256 of their bytes,
 * so the same report re-saved, re-encrypted, padded or cut short would otherwise be written once
 * per file, its events judged and its findings stated as many times. A new document is a copy of a
 * document held when both have the same kind and authority, it reports one of its events (or,
 * reporting no dated event, bears its title), and their texts are the same publication's ({@link TextShingles}). Of a publication's
 * documents the most complete holds the facts (a complete file first, then the most pages, then
 * the most words; on a tie the one held first); the others are recorded as its copies, whichever
 * order they arrive in.
 */
@Component
class Publications {

	/** Which document of a publication holds its facts: the greatest by this order. */
	private static final Comparator<Held> MOST_COMPLETE = Comparator.comparing(Held::complete)
		.thenComparingInt(Held::pageCount)
		.thenComparingInt(held -> held.text().words());

	private final Neo4jClient neo4j;

	Publications(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Decides, for documents of which no two are one publication, which are copies and whom they supersede. */
	CopyPlan plan(List<ExtractedDocument> documents, List<GraphRows> rows) {
		Map<String, List<Held>> candidates = candidates(rows);
		if (candidates.isEmpty()) {
			return CopyPlan.NONE;
		}
		Map<String, DocumentRef> copies = new HashMap<>();
		List<CopyPlan.Superseded> superseded = new ArrayList<>();
		for (ExtractedDocument document : documents) {
			List<Held> heldCandidates = candidates.getOrDefault(document.contentHash(), List.of());
			if (heldCandidates.isEmpty()) {
				continue;
			}
			Held incoming = Held.of(document);
			List<Held> same = heldCandidates.stream().filter(held -> incoming.text().samePublicationAs(held.text())).toList();
			if (same.isEmpty()) {
				continue;
			}
			Held winner = same.stream().max(MOST_COMPLETE.thenComparing(held -> held.ref().hash())).orElseThrow();
			if (MOST_COMPLETE.compare(incoming, winner) > 0) {
				winner = incoming;
			}
			else {
				copies.put(document.contentHash(), winner.ref());
			}
			for (Held held : same) {
				if (held != winner) {
					superseded.add(new CopyPlan.Superseded(held.ref(), winner.ref()));
				}
			}
		}
		return new CopyPlan(copies, superseded);
	}

	/** Writes the copies' documents and moves the superseded documents (and their copies) under their winners. */
	void record(CopyPlan plan, List<GraphRows> copyRows) {
		if (!copyRows.isEmpty()) {
			List<Map<String, Object>> copies = copyRows.stream()
				.map(row -> Map.<String, Object>of("document", withoutText(row.document()), "original",
						plan.copies().get(row.hash()).hash()))
				.toList();
			neo4j.query(CopyQueries.WRITE_COPIES).bindAll(Map.of("copies", copies)).run();
		}
		if (!plan.superseded().isEmpty()) {
			List<Map<String, Object>> superseded = plan.superseded()
				.stream()
				.map(s -> Map.<String, Object>of("hash", s.document().hash(), "winner", s.winner().hash()))
				.toList();
			neo4j.query(CopyQueries.SUPERSEDE).bindAll(Map.of("superseded", superseded)).run();
		}
	}

	/** Lets the documents go of being copies, before they are written again. */
	void release(List<String> hashes) {
		neo4j.query(CopyQueries.RELEASE).bindAll(Map.of("hashes", hashes)).run();
	}

	/** The document this one is a recorded copy of, if it is one. */
	Optional<DocumentRef> originalOf(String hash) {
		return neo4j.query(CopyQueries.ORIGINAL_OF)
			.bindAll(Map.of("hash", hash))
			.fetchAs(DocumentRef.class)
			.mappedBy((types, record) -> new DocumentRef(record.get("hash").asString(), record.get("title").asString(null)))
			.one();
	}

	/** The hashes of the copies recorded of a document. */
	List<String> copiesOf(String hash) {
		return List.copyOf(neo4j.query(CopyQueries.COPIES_OF).bindAll(Map.of("hash", hash)).fetchAs(String.class).all());
	}

	/** The documents held that could be each document's publication, by the document's hash. */
	private Map<String, List<Held>> candidates(List<GraphRows> rows) {
		List<Map<String, Object>> documents = rows.stream().map(Publications::candidateRow).toList();
		Map<String, List<Held>> candidates = new HashMap<>();
		neo4j.query(CopyQueries.CANDIDATES)
			.bindAll(Map.of("documents", documents))
			.fetchAs(Held.class)
			.mappedBy((types, record) -> Held.of(record.get("candidate").asString(), record))
			.all()
			.forEach(held -> candidates.computeIfAbsent(held.forHash(), hash -> new ArrayList<>()).add(held));
		return candidates;
	}

	private static Map<String, Object> candidateRow(GraphRows row) {
		Map<String, Object> document = row.document();
		Map<String, Object> candidate = new HashMap<>();
		candidate.put("hash", row.hash());
		candidate.put("authorityCode", row.authorityCode());
		candidate.put("kind", document.get("kind"));
		candidate.put("title", document.get("title"));
		candidate.put("eventKeys", row.eventKeys());
		candidate.put("byTitle", row.eventKeys().stream().allMatch(key -> key.contains("|doc-")));
		return candidate;
	}

	private static Map<String, Object> withoutText(Map<String, Object> document) {
		Map<String, Object> row = new HashMap<>(document);
		row.remove("text");
		row.remove("events");
		return row;
	}

	/** A document of a publication as far as choosing among copies goes. */
	private record Held(String forHash, DocumentRef ref, TextShingles text, boolean complete, int pageCount) {

		static Held of(ExtractedDocument document) {
			Integer pages = document.completeness().pageCount();
			return new Held(document.contentHash(), new DocumentRef(document.contentHash(), document.title()),
					TextShingles.of(document.text()), document.completeness().complete(), pages == null ? 0 : pages);
		}

		static Held of(String hash, Record record) {
			Value pages = record.get("pageCount");
			return new Held(record.get("hash").asString(), new DocumentRef(hash, record.get("title").asString(null)),
					TextShingles.of(record.get("text").asString()), record.get("complete").asBoolean(true),
					pages.isNull() ? 0 : pages.asInt());
		}
	}
}
