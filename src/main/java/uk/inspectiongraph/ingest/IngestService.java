package uk.inspectiongraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.inspectiongraph.extraction.DocumentExtractor;
import uk.inspectiongraph.extraction.ExtractedDocument;
import uk.inspectiongraph.extraction.ExtractionException;
import uk.inspectiongraph.extraction.SourceReader;
import uk.inspectiongraph.extraction.SourceText;

/**
 * The one ingestion pipeline behind start-up seeding, the {@code ingest} command, the HTTP upload
 * and the GraphQL mutation. Documents are read and extracted in parallel on every core; each is
 * then written in a transaction of its own, so a document's facts land whole or not at all and a
 * failure never stops the batch. A document is identified by the SHA-256 of its bytes: ingesting
 * the same bytes again changes nothing.
 */
@Service
public class IngestService {

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final DocumentExtractor extractor;

	private final DocumentGraphWriter writer;

	private final TransactionTemplate transactions;

	private final SourceReader reader = new SourceReader();

	IngestService(DocumentExtractor extractor, DocumentGraphWriter writer, TransactionTemplate transactions) {
		this.extractor = extractor;
		this.writer = writer;
		this.transactions = transactions;
	}

	/** Ingests the named files and directories; {@code progress} hears (done, total) after each document. */
	public IngestReport ingestFiles(List<Path> arguments, BiConsumer<Integer, Integer> progress) {
		List<Path> files = DocumentFiles.expand(arguments);
		long started = System.currentTimeMillis();
		List<DocumentOutcome> outcomes = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			List<Future<Prepared>> prepared = files.stream().map(file -> pool.submit(() -> prepare(file))).toList();
			for (Future<Prepared> next : prepared) {
				outcomes.add(store(await(next)));
				progress.accept(outcomes.size(), files.size());
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new IngestReport(outcomes, System.currentTimeMillis() - started);
	}

	/** Ingests one document given as bytes (an upload). */
	public DocumentOutcome ingest(String fileName, byte[] bytes) {
		return store(prepare(fileName, bytes));
	}

	/**
	 * Re-extracts every stored document from its stored text, replacing each one's derived facts
	 * atomically: what to run after the extractor or the theme taxonomy changes.
	 */
	public IngestReport reindex() {
		long started = System.currentTimeMillis();
		List<DocumentOutcome> outcomes = new ArrayList<>();
		for (SourceText stored : writer.storedDocuments()) {
			outcomes.add(store(extract(stored, true)));
		}
		return new IngestReport(outcomes, System.currentTimeMillis() - started);
	}

	/** Deletes a document and everything derived from it; false when no document has that hash. */
	public boolean delete(String contentHash) {
		return Boolean.TRUE.equals(transactions.execute(status -> writer.delete(contentHash)));
	}

	private Prepared prepare(Path file) {
		try {
			return prepare(file.toString(), Files.readAllBytes(file));
		}
		catch (IOException ex) {
			return Prepared.failed(file.toString(), null, "cannot read the file: " + ex.getMessage());
		}
	}

	private Prepared prepare(String fileName, byte[] bytes) {
		String displayName = Path.of(fileName).getFileName().toString();
		try {
			String hash = SourceReader.sha256(bytes);
			if (bytes.length > 0 && writer.contains(hash)) {
				return new Prepared(fileName, hash, null, null, false);
			}
			return extract(reader.read(displayName, bytes), false).withFile(fileName);
		}
		catch (ExtractionException ex) {
			return Prepared.failed(fileName, null, ex.getMessage());
		}
	}

	private Prepared extract(SourceText source, boolean replace) {
		try {
			return new Prepared(source.fileName(), source.contentHash(), extractor.extract(source), null, replace);
		}
		catch (ExtractionException ex) {
			return Prepared.failed(source.fileName(), source.contentHash(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Extraction of {} failed", source.fileName(), ex);
			return Prepared.failed(source.fileName(), source.contentHash(), "extraction failed: " + ex);
		}
	}

	private DocumentOutcome store(Prepared prepared) {
		if (prepared.failure() != null) {
			return DocumentOutcome.failed(prepared.file(), prepared.hash(), prepared.failure());
		}
		if (prepared.document() == null) {
			return DocumentOutcome.unchanged(prepared.file(), prepared.hash());
		}
		try {
			long started = System.nanoTime();
			boolean written = Boolean.TRUE.equals(transactions.execute(status -> writeUnlessPresent(prepared)));
			log.debug("Wrote {} in {} ms", prepared.file(), (System.nanoTime() - started) / 1_000_000);
			return written ? DocumentOutcome.ingested(prepared.file(), prepared.hash())
					: DocumentOutcome.unchanged(prepared.file(), prepared.hash());
		}
		catch (RuntimeException ex) {
			log.warn("Writing {} failed; nothing of it was kept", prepared.file(), ex);
			return DocumentOutcome.failed(prepared.file(), prepared.hash(), "could not be written: " + ex.getMessage());
		}
	}

	private boolean writeUnlessPresent(Prepared prepared) {
		if (!prepared.replace() && writer.contains(prepared.hash())) {
			return false;
		}
		writer.write(prepared.document());
		return true;
	}

	private static Prepared await(Future<Prepared> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Ingestion was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Ingestion failed unexpectedly", ex.getCause());
		}
	}

	/** A document read and extracted, ready to be written (or the reason it cannot be). */
	private record Prepared(String file, String hash, ExtractedDocument document, String failure, boolean replace) {

		static Prepared failed(String file, String hash, String reason) {
			return new Prepared(file, hash, null, reason, false);
		}

		Prepared withFile(String name) {
			return new Prepared(name, hash, document, failure, replace);
		}
	}
}
