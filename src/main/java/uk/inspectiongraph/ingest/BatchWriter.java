package uk.inspectiongraph.ingest;

import uk.inspectiongraph.graph.write.WrittenDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes prepared documents to the graph, several in one transaction when several are ready: far
 * fewer round trips, commits and full-text index refreshes than one transaction each. Should the
 * batch's transaction fail, nothing of it is kept and each of its documents is written again in a
 * transaction of its own, so that a bad document fails alone, with its reason, and still never
 * leaves half its facts behind. Outcomes come back in the order of the documents given, each the
 * outcome the document would have had alone.
 */
@Component
class BatchWriter {

	private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

	private final DocumentTransactions transactions;

	BatchWriter(DocumentTransactions transactions) {
		this.transactions = transactions;
	}

	/** Writes the batch (documents that are all new, or all to replace); one outcome per document. */
	List<DocumentOutcome> store(List<PreparedDocument> batch) {
		List<PreparedDocument> writable = distinctWritable(batch);
		boolean together = writable.size() > 1
				&& writable.stream().allMatch(prepared -> prepared.replace() == writable.get(0).replace());
		Map<String, WrittenDocument> written = together ? writeTogether(writable) : null;
		List<DocumentOutcome> outcomes = new ArrayList<>();
		Map<String, DocumentOutcome> byHash = new HashMap<>();
		for (PreparedDocument prepared : batch) {
			outcomes.add(outcome(prepared, written, byHash));
		}
		return outcomes;
	}

	private DocumentOutcome outcome(PreparedDocument prepared, Map<String, WrittenDocument> written,
			Map<String, DocumentOutcome> byHash) {
		if (!prepared.writable()) {
			return DocumentOutcome.unwritten(prepared);
		}
		DocumentOutcome earlier = byHash.get(prepared.hash());
		if (earlier != null) {
			return earlier.status() == DocumentOutcome.Status.FAILED
					? DocumentOutcome.failed(prepared.file(), prepared.hash(), earlier.reason())
					: DocumentOutcome.unchanged(prepared.file(), prepared.hash(), earlier.copyOf());
		}
		DocumentOutcome outcome = written == null ? transactions.write(prepared)
				: transactions.outcome(prepared, written);
		byHash.put(prepared.hash(), outcome);
		return outcome;
	}

	/** The documents to write, each content once (the same bytes under two names are one document). */
	private static List<PreparedDocument> distinctWritable(List<PreparedDocument> batch) {
		Set<String> seen = new HashSet<>();
		return batch.stream().filter(PreparedDocument::writable).filter(prepared -> seen.add(prepared.hash())).toList();
	}

	/** Writes the documents in one transaction; what was written of them, or null if the transaction failed. */
	private Map<String, WrittenDocument> writeTogether(List<PreparedDocument> documents) {
		long started = System.nanoTime();
		try {
			Map<String, WrittenDocument> written = transactions.writeAll(documents);
			log.debug("Wrote {} documents in {} ms", documents.size(), (System.nanoTime() - started) / 1_000_000);
			return written;
		}
		catch (RuntimeException ex) {
			log.debug("Writing {} documents together failed, writing them one by one: {}", documents.size(),
					ex.getMessage());
			return null;
		}
	}
}
