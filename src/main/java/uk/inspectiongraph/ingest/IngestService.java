package uk.inspectiongraph.ingest;

import uk.inspectiongraph.graph.write.DocumentGraphWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.inspectiongraph.reading.SourceText;

/**
 * The one ingestion pipeline behind start-up seeding, the {@code ingest} command, the HTTP upload
 * and the GraphQL mutation. Documents are read and extracted in parallel on every core while the
 * documents already extracted are written, one transaction per document (or, when
 * {@link IngestProperties} allows, those that are ready together in one transaction, and should that
 * fail, one transaction each), so a document's facts land whole or not at all and a failure never
 * stops the batch. A document is identified by the SHA-256 of its
 * bytes: ingesting the same bytes again changes nothing.
 */
@Service
public class IngestService {

	private final DocumentPreparer preparer;

	private final DocumentGraphWriter writer;

	private final BatchWriter batches;

	private final TransactionTemplate transactions;

	private final IngestProperties properties;

	IngestService(DocumentPreparer preparer, DocumentGraphWriter writer, BatchWriter batches,
			TransactionTemplate transactions, IngestProperties properties) {
		this.preparer = preparer;
		this.writer = writer;
		this.batches = batches;
		this.transactions = transactions;
		this.properties = properties;
	}

	/** Ingests the named files and directories; {@code progress} hears (done, total) after each document. */
	public IngestReport ingestFiles(List<Path> arguments, BiConsumer<Integer, Integer> progress) {
		List<Callable<PreparedDocument>> tasks = new ArrayList<>();
		for (Path file : DocumentFiles.expand(arguments)) {
			tasks.add(() -> preparer.prepare(file));
		}
		return new IngestPipeline(batches, properties.documentsPerTransaction()).run(tasks, progress);
	}

	/** Ingests one document given as bytes (an upload). */
	public DocumentOutcome ingest(String fileName, byte[] bytes) {
		return ingest(fileName, () -> bytes);
	}

	/**
	 * Ingests one uploaded document, its bytes fetched when a reader is free.
	 *
	 * @throws ReadingBusyException when no reader was free within the configured wait
	 */
	public DocumentOutcome ingest(String fileName, UploadedBytes bytes) {
		return batches.store(List.of(preparer.prepareUpload(fileName, bytes))).get(0);
	}

	/**
	 * Re-extracts every stored document from its stored text, replacing each one's derived facts
	 * atomically: what to run after the extractor or the theme taxonomy changes.
	 */
	public IngestReport reindex() {
		List<Callable<PreparedDocument>> tasks = new ArrayList<>();
		for (SourceText stored : writer.storedDocuments()) {
			tasks.add(() -> preparer.extract(stored, true));
		}
		return new IngestPipeline(batches, properties.documentsPerTransaction()).run(tasks, (done, total) -> {
		});
	}

	/** Deletes a document and everything derived from it; false when no document has that hash. */
	public boolean delete(String contentHash) {
		return Boolean.TRUE.equals(transactions.execute(status -> writer.delete(contentHash)));
	}
}
