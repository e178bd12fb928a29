package uk.inspectiongraph.ingest;

import uk.inspectiongraph.graph.write.DocumentGraphWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import uk.inspectiongraph.reading.SourceText;

/**
 * The one ingestion pipeline behind start-up seeding, the {@code ingest} command, the HTTP upload
 * and the GraphQL mutation. One document (an upload, a seed document) is read when a reader is free
 * and written in a transaction of its own. Many documents (files, a reindex) are read and extracted
 * in parallel on every core while the documents already extracted are written, one transaction per
 * document (or, when {@link IngestProperties} allows, those that are ready together in one
 * transaction, and should that fail, one transaction each); a document gets the same outcome either
 * way. A document's facts land whole or not at all and a failure never stops a batch. A document
 * is identified by the SHA-256 of its bytes: ingesting the same bytes again changes nothing. Every
 * change is announced as {@link DocumentsChanged} once committed.
 */
@Service
public class IngestService {

	private final DocumentPreparer preparer;

	private final DocumentGraphWriter writer;

	private final DocumentTransactions transactions;

	private final BatchWriter batches;

	private final IngestProperties properties;

	private final ApplicationEventPublisher events;

	private final IngestHistory history;

	IngestService(DocumentPreparer preparer, DocumentGraphWriter writer, DocumentTransactions transactions,
			BatchWriter batches, IngestProperties properties, ApplicationEventPublisher events, IngestHistory history) {
		this.preparer = preparer;
		this.writer = writer;
		this.transactions = transactions;
		this.batches = batches;
		this.properties = properties;
		this.events = events;
		this.history = history;
	}

	/** Ingests the named files and directories; {@code progress} hears (done, total) after each document. */
	public IngestReport ingestFiles(List<Path> arguments, BiConsumer<Integer, Integer> progress) {
		List<Callable<PreparedDocument>> tasks = new ArrayList<>();
		for (Path file : DocumentFiles.expand(arguments)) {
			tasks.add(() -> preparer.prepare(file));
		}
		IngestReport report = run(tasks, progress);
		Requester command = Requester.command();
		report.outcomes().forEach(outcome -> history.record(outcome, command));
		if (report.outcomes().stream().anyMatch(IngestService::wrote)) {
			events.publishEvent(new DocumentsChanged(DocumentsChanged.Change.INGESTED));
		}
		return report;
	}

	/**
	 * Ingests one document a person offered, recording its outcome (or its refusal when every reader
	 * stayed busy) in the ingest history with who offered it.
	 *
	 * @throws ReadingBusyException when no reader was free within the configured wait
	 */
	public DocumentOutcome ingest(String fileName, UploadedBytes bytes, Requester requester) {
		DocumentOutcome outcome;
		try {
			outcome = ingest(fileName, bytes);
		}
		catch (ReadingBusyException ex) {
			history.refused(fileName, ex.getMessage(), requester);
			throw ex;
		}
		history.record(outcome, requester);
		return outcome;
	}

	/** Records in the ingest history a document refused before it could be read (too large to receive, say). */
	public void refused(String fileName, String reason, Requester requester) {
		history.refused(fileName == null ? "(unnamed)" : fileName, reason, requester);
	}

	/** Ingests one document given as bytes, unrecorded (the demo seed, tests). */
	public DocumentOutcome ingest(String fileName, byte[] bytes) {
		return ingest(fileName, () -> bytes);
	}

	/**
	 * Ingests one uploaded document, its bytes fetched when a reader is free; unrecorded (see
	 * {@link #ingest(String, UploadedBytes, Requester)} for a person's upload).
	 *
	 * @throws ReadingBusyException when no reader was free within the configured wait
	 */
	public DocumentOutcome ingest(String fileName, UploadedBytes bytes) {
		DocumentOutcome outcome = transactions.write(preparer.prepareUpload(fileName, bytes));
		if (wrote(outcome)) {
			events.publishEvent(new DocumentsChanged(DocumentsChanged.Change.INGESTED));
		}
		return outcome;
	}

	/**
	 * Re-extracts every stored document from its stored text, replacing each one's derived facts
	 * atomically: what to run after the extractor or the theme taxonomy changes. The theme-year and
	 * inspectors' roll-ups, kept by each document's part, are then rebuilt from scratch, so a
	 * reindex also repairs them.
	 */
	public IngestReport reindex() {
		List<Callable<PreparedDocument>> tasks = new ArrayList<>();
		for (SourceText stored : writer.storedDocuments()) {
			tasks.add(() -> preparer.extract(stored, true));
		}
		IngestReport report = run(tasks, (done, total) -> {
		});
		transactions.rebuildRollups();
		events.publishEvent(new DocumentsChanged(DocumentsChanged.Change.REINDEXED));
		return report;
	}

	/** Deletes a document and everything derived from it; false when no document has that hash. */
	public boolean delete(String contentHash) {
		boolean deleted = transactions.delete(contentHash);
		if (deleted) {
			events.publishEvent(new DocumentsChanged(DocumentsChanged.Change.DELETED));
		}
		return deleted;
	}

	private IngestReport run(List<Callable<PreparedDocument>> tasks, BiConsumer<Integer, Integer> progress) {
		return new IngestPipeline(batches, properties.documentsPerTransaction()).run(tasks, progress);
	}

	private static boolean wrote(DocumentOutcome outcome) {
		return outcome.status() == DocumentOutcome.Status.INGESTED || outcome.status() == DocumentOutcome.Status.COPY;
	}
}
