package uk.inspectiongraph.ingest;

import uk.inspectiongraph.graph.write.IngestRecordWriter;
import uk.inspectiongraph.graph.write.IngestRecordWriter.IngestEntry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what became of every document an editor or the command offered, refusals included, as
 * an {@code :IngestRecord} written right after the outcome is known, in a transaction of its own
 * (a refused document writes nothing else). Failing to record is logged and never changes the
 * outcome: the document's facts are already committed or rolled back by then.
 */
@Component
class IngestHistory {

	/** The outcome of a document not taken at all (every reader busy, too large to receive). */
	static final String REFUSED = "REFUSED";

	private static final Logger log = LoggerFactory.getLogger(IngestHistory.class);

	private final IngestRecordWriter writer;

	private final TransactionTemplate transactions;

	private final IngestHistoryProperties properties;

	IngestHistory(IngestRecordWriter writer, TransactionTemplate transactions, IngestHistoryProperties properties) {
		this.writer = writer;
		this.transactions = transactions;
		this.properties = properties;
	}

	void record(DocumentOutcome outcome, Requester requester) {
		write(new IngestEntry(DocumentPreparer.displayName(outcome.file()), outcome.status().name(), outcome.reason(),
				requester.by(), requester.door().name(), outcome.contentHash()));
	}

	void refused(String fileName, String reason, Requester requester) {
		write(new IngestEntry(DocumentPreparer.displayName(fileName), REFUSED, reason, requester.by(),
				requester.door().name(), null));
	}

	private void write(IngestEntry entry) {
		try {
			transactions.executeWithoutResult(status -> writer.record(entry, properties.keep()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not record {} of {} in the ingest history", entry.outcome(), entry.file(), ex);
		}
	}
}
