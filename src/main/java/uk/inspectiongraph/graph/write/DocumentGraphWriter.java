package uk.inspectiongraph.graph.write;

import uk.inspectiongraph.domain.DocumentRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import uk.inspectiongraph.reading.Completeness;
import uk.inspectiongraph.reading.ExtractedDocument;
import uk.inspectiongraph.reading.SourceText;

/**
 * Writes extracted documents and every fact derived from them to the graph, replacing what an
 * earlier extraction of the same documents had derived. A batch of documents costs the same
 * handful of statements as one document: each statement sends the whole batch's rows through
 * {@code UNWIND}, never one round trip per fact or per document. The caller runs each call in a
 * single transaction, so a batch lands whole or not at all. Copies of one publication are
 * collapsed on the way in (see {@link Publications}).
 */
@Component
public class DocumentGraphWriter {

	private final Neo4jClient neo4j;

	private final Publications publications;

	private final DerivedFacts derived;

	DocumentGraphWriter(Neo4jClient neo4j, Publications publications, DerivedFacts derived) {
		this.neo4j = neo4j;
		this.publications = publications;
		this.derived = derived;
	}

	/** Whether a document with these bytes is already in the graph. */
	public boolean contains(String contentHash) {
		return !present(List.of(contentHash)).isEmpty();
	}

	/** Which of these content hashes are documents in the graph already. */
	public Set<String> present(Collection<String> contentHashes) {
		return Set.copyOf(neo4j.query(DocumentWriteQueries.PRESENT)
			.bindAll(Map.of("hashes", List.copyOf(contentHashes)))
			.fetchAs(String.class)
			.all());
	}

	/**
	 * Writes the documents (distinct content hashes); with {@code replace}, first removes what an
	 * earlier extraction of them had derived. A document that is a copy of a publication held is
	 * recorded as its copy, with no facts of its own; one more complete than the publication's
	 * document held takes its facts over (see {@link Publications}). One result per document, in order.
	 */
	public List<WrittenDocument> write(List<ExtractedDocument> documents, boolean replace) {
		List<GraphRows> rows = documents.stream().map(GraphRows::of).toList();
		List<WrittenDocument> written = new ArrayList<>();
		for (List<Integer> round : PublicationRounds.of(rows)) {
			written.addAll(writeRound(round.stream().map(documents::get).toList(),
					round.stream().map(rows::get).toList(), replace));
		}
		Map<String, WrittenDocument> byHash = new HashMap<>();
		written.forEach(document -> byHash.put(document.hash(), document));
		return rows.stream().map(row -> byHash.get(row.hash())).toList();
	}

	private List<WrittenDocument> writeRound(List<ExtractedDocument> documents, List<GraphRows> rows, boolean replace) {
		DerivedFacts.Touched removed = DerivedFacts.Touched.NONE;
		if (replace) {
			List<String> hashes = rows.stream().map(GraphRows::hash).toList();
			removed = derived.remove(hashes);
			publications.release(hashes);
		}
		CopyPlan plan = publications.plan(documents, rows);
		if (!plan.superseded().isEmpty()) {
			removed = removed.and(derived.remove(plan.supersededHashes()));
		}
		List<GraphRows> holding = rows.stream().filter(row -> !plan.isCopy(row.hash())).toList();
		writeFacts(holding);
		publications.record(plan, rows.stream().filter(row -> plan.isCopy(row.hash())).toList());
		Set<String> events = new LinkedHashSet<>(removed.events());
		holding.forEach(row -> events.addAll(row.eventKeys()));
		derived.settle(events, removed);
		return rows.stream()
			.map(row -> new WrittenDocument(row.hash(), plan.copies().get(row.hash()), plan.supersededBy(row.hash())))
			.toList();
	}

	private void writeFacts(List<GraphRows> rows) {
		if (rows.isEmpty()) {
			return;
		}
		mergeDocuments(rows);
		runForEach(DocumentWriteQueries.MERGE_INSPECTORS, rows, "inspectors", GraphRows::inspectors);
		runForEach(DocumentWriteQueries.CREATE_JUDGEMENTS, rows, "judgements", GraphRows::judgements);
		runForEach(DocumentWriteQueries.CREATE_ROLES, rows, "roles", GraphRows::roles);
		runForEach(AreaSendWriteQueries.CREATE_AREA_SEND, rows, "areaSend", GraphRows::areaSend);
		createFindings(rows);
	}

	/** Every stored document's text with what is known of its file, to extract again; copies have none. */
	public List<SourceText> storedDocuments() {
		return List.copyOf(neo4j.query(DocumentWriteQueries.STORED_DOCUMENTS)
			.fetchAs(SourceText.class)
			.mappedBy((types, record) -> new SourceText(record.get("file").asString(), record.get("hash").asString(),
					record.get("text").asString(), storedCompleteness(record)))
			.all());
	}

	private static Completeness storedCompleteness(Record record) {
		Integer pages = record.get("pageCount").isNull() ? null : record.get("pageCount").asInt();
		return record.get("complete").asBoolean(true) ? Completeness.whole(pages)
				: Completeness.incomplete(pages, record.get("incompleteReason").asString(null));
	}

	/** The document this one is a recorded copy of, if it is one. */
	public Optional<DocumentRef> originalOf(String contentHash) {
		return publications.originalOf(contentHash);
	}

	/**
	 * The document holding the facts of the publication these bytes belong to, if they are in the
	 * graph: the document itself, or the one it is a recorded copy of. One round trip answers both
	 * "is it held?" and "whose copy is it?".
	 */
	public Optional<DocumentRef> holderOf(String contentHash) {
		return neo4j.query(DocumentWriteQueries.HOLDER_OF)
			.bindAll(Map.of("hash", contentHash))
			.fetchAs(DocumentRef.class)
			.mappedBy((types, record) -> new DocumentRef(record.get("hash").asString(), record.get("title").asString(null)))
			.one();
	}

	/**
	 * Deletes a document and everything derived from it, and the copies recorded of it (which had no
	 * facts of their own); false when there was no such document.
	 */
	public boolean delete(String contentHash) {
		if (!contains(contentHash)) {
			return false;
		}
		List<String> hashes = new ArrayList<>(List.of(contentHash));
		hashes.addAll(publications.copiesOf(contentHash));
		DerivedFacts.Touched removed = derived.remove(hashes);
		run(DocumentWriteQueries.DELETE_DOCUMENTS, Map.of("hashes", hashes));
		derived.settle(removed.events(), removed);
		return true;
	}

	/**
	 * Rebuilds the theme-year and inspectors' roll-ups of the whole graph from scratch, which the
	 * writer otherwise keeps by adding and taking away each event's part: the last step of a
	 * reindex, which repairs them whatever happened before.
	 */
	public void rebuildRollups() {
		derived.rebuildRollups();
	}

	private void mergeDocuments(List<GraphRows> rows) {
		long merged = count(DocumentWriteQueries.MERGE_DOCUMENTS,
				Map.of("documents", rows.stream().map(GraphRows::document).toList()));
		if (merged != rows.size()) {
			List<String> codes = rows.stream().map(GraphRows::authorityCode).distinct().toList();
			Collection<String> missing = neo4j.query(DocumentWriteQueries.MISSING_AUTHORITIES)
				.bindAll(Map.of("codes", codes))
				.fetchAs(String.class)
				.all();
			throw new IllegalStateException("authority " + String.join(", ", missing)
					+ " is not in the graph: load the gazetteer first");
		}
	}

	private void createFindings(List<GraphRows> rows) {
		int expected = rows.stream().mapToInt(GraphRows::tagCount).sum();
		long created = count(DocumentWriteQueries.CREATE_FINDINGS, batch(rows, "findings", GraphRows::findings));
		if (created != expected) {
			throw new IllegalStateException(
					"only " + created + " of " + expected + " theme tags matched a Theme in the graph: is the taxonomy loaded?");
		}
	}

	/** Runs a step for the documents that have rows for it, skipping the round trip when none has. */
	private void runForEach(String cypher, List<GraphRows> rows, String name,
			Function<GraphRows, List<Map<String, Object>>> part) {
		List<GraphRows> having = rows.stream().filter(row -> !part.apply(row).isEmpty()).toList();
		if (!having.isEmpty()) {
			run(cypher, batch(having, name, part));
		}
	}

	private static Map<String, Object> batch(List<GraphRows> rows, String name,
			Function<GraphRows, List<Map<String, Object>>> part) {
		return Map.of("documents", rows.stream().map(row -> row.part(name, part.apply(row))).toList());
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
	}

	private void run(String cypher, Map<String, Object> parameters) {
		neo4j.query(cypher).bindAll(parameters).run();
	}
}
