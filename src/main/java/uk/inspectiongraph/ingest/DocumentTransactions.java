package uk.inspectiongraph.ingest;

import uk.inspectiongraph.graph.write.DocumentGraphWriter;
import uk.inspectiongraph.graph.write.WrittenDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change ingestion makes to the graph, each in one transaction, so that a document's facts
 * land whole or not at all: one prepared document alone (the direct path of an upload, and the
 * fallback of a batch whose shared transaction failed), several prepared documents together (a
 * batch), or a deletion. Bytes found in the graph by the time their transaction runs are not
 * written again (the same bytes may arrive twice at once).
 */
@Component
class DocumentTransactions {

	private static final Logger log = LoggerFactory.getLogger(DocumentTransactions.class);

	private final DocumentGraphWriter writer;

	private final TransactionTemplate transactions;

	DocumentTransactions(DocumentGraphWriter writer, TransactionTemplate transactions) {
		this.writer = writer;
		this.transactions = transactions;
	}

	/** Writes one prepared document in a transaction of its own; a failure is its outcome, never an exception. */
	DocumentOutcome write(PreparedDocument prepared) {
		if (!prepared.writable()) {
			return DocumentOutcome.unwritten(prepared);
		}
		try {
			long started = System.nanoTime();
			Map<String, WrittenDocument> written = writeAll(List.of(prepared));
			log.debug("Wrote {} in {} ms", prepared.file(), (System.nanoTime() - started) / 1_000_000);
			return outcome(prepared, written == null ? Map.of() : written);
		}
		catch (RuntimeException ex) {
			log.warn("Writing {} failed; nothing of it was kept", prepared.file(), ex);
			return DocumentOutcome.failed(prepared.file(), prepared.hash(), "could not be written: " + ex.getMessage());
		}
	}

	/**
	 * Writes the documents (all new, or all to replace; each content once) in one transaction, those
	 * already present skipped unless replacing; what was written, by hash. A failure rolls it all back
	 * and is thrown.
	 */
	Map<String, WrittenDocument> writeAll(List<PreparedDocument> documents) {
		return transactions.execute(status -> writeUnlessPresent(documents));
	}

	/** A written document's outcome; one not in {@code written} was found in the graph already. */
	DocumentOutcome outcome(PreparedDocument prepared, Map<String, WrittenDocument> written) {
		WrittenDocument document = written.get(prepared.hash());
		return document == null
				? DocumentOutcome.unchanged(prepared.file(), prepared.hash(), writer.originalOf(prepared.hash()).orElse(null))
				: DocumentOutcome.written(prepared.file(), document, prepared.document().completeness().problem());
	}

	/** Deletes a document and everything derived from it; false when no document has that hash. */
	boolean delete(String contentHash) {
		return Boolean.TRUE.equals(transactions.execute(status -> writer.delete(contentHash)));
	}

	/** Rebuilds the graph's roll-ups from scratch in a transaction of its own (after a reindex). */
	void rebuildRollups() {
		transactions.executeWithoutResult(status -> writer.rebuildRollups());
	}

	private Map<String, WrittenDocument> writeUnlessPresent(List<PreparedDocument> documents) {
		boolean replace = documents.get(0).replace();
		Set<String> present = replace ? Set.of()
				: writer.present(documents.stream().map(PreparedDocument::hash).toList());
		List<PreparedDocument> toWrite = documents.stream().filter(prepared -> !present.contains(prepared.hash())).toList();
		Map<String, WrittenDocument> written = new HashMap<>();
		if (!toWrite.isEmpty()) {
			writer.write(toWrite.stream().map(PreparedDocument::document).toList(), replace)
				.forEach(document -> written.put(document.hash(), document));
		}
		return written;
	}
}
