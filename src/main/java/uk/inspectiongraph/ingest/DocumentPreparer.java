package uk.inspectiongraph.ingest;

import uk.inspectiongraph.graph.write.DocumentGraphWriter;
import uk.inspectiongraph.domain.DocumentRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.reading.DocumentExtractor;
import uk.inspectiongraph.reading.ExtractionException;
import uk.inspectiongraph.reading.SourceReader;
import uk.inspectiongraph.reading.SourceText;

/**
 * Reads and extracts one document, with no transaction open: the part of ingestion that runs in
 * parallel, at most {@link ReadPermits} documents at a time and each within its
 * {@link ReadingProperties limits}. Bytes already in the graph (by SHA-256) are not parsed at all;
 * a document that cannot be read or understood, or costs too much to read, becomes a failure with
 * its reason, never an exception (only an upload that found no free reader in time is refused as busy).
 */
@Component
class DocumentPreparer {

	private static final Logger log = LoggerFactory.getLogger(DocumentPreparer.class);

	private final DocumentExtractor extractor;

	private final DocumentGraphWriter writer;

	private final SourceReader reader;

	private final ReadPermits permits;

	DocumentPreparer(DocumentExtractor extractor, DocumentGraphWriter writer, ReadingProperties reading,
			ReadPermits permits) {
		this.extractor = extractor;
		this.writer = writer;
		this.reader = new SourceReader(reading.limits());
		this.permits = permits;
	}

	/** A file of a batch: read when a reader is free, however long that takes. */
	PreparedDocument prepare(Path file) {
		return permits.inTurn(() -> prepareFile(file));
	}

	/** An upload: read when a reader is free within the wait, else refused with {@link ReadingBusyException}. */
	PreparedDocument prepareUpload(String fileName, UploadedBytes bytes) {
		return permits.whenFree(() -> {
			try {
				return prepare(fileName, bytes.read());
			}
			catch (IOException ex) {
				return PreparedDocument.failed(fileName, null, "cannot read the upload: " + ex.getMessage());
			}
		});
	}

	private PreparedDocument prepareFile(Path file) {
		try {
			return prepare(file.toString(), reader.load(file));
		}
		catch (IOException ex) {
			return PreparedDocument.failed(file.toString(), null, "cannot read the file: " + ex.getMessage());
		}
		catch (ExtractionException ex) {
			return PreparedDocument.failed(file.toString(), null, ex.getMessage());
		}
	}

	private PreparedDocument prepare(String fileName, byte[] bytes) {
		String displayName = displayName(fileName);
		try {
			String hash = SourceReader.sha256(bytes);
			Optional<DocumentRef> held = bytes.length > 0 ? writer.holderOf(hash) : Optional.empty();
			if (held.isPresent()) {
				return PreparedDocument.present(fileName, hash, held.get().hash().equals(hash) ? null : held.get());
			}
			return extract(reader.read(displayName, bytes), false).withFile(fileName);
		}
		catch (ExtractionException ex) {
			return PreparedDocument.failed(fileName, null, ex.getMessage());
		}
	}

	/** The file's own name, without folders or control characters (a client may send anything). */
	static String displayName(String fileName) {
		int folder = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
		return fileName.substring(folder + 1).replaceAll("\\p{Cntrl}", "");
	}

	/** Extracts a text already read; {@code replace} when the document is in the graph to be re-extracted. */
	PreparedDocument extract(SourceText source, boolean replace) {
		try {
			return PreparedDocument.extracted(source.fileName(), extractor.extract(source), replace);
		}
		catch (ExtractionException ex) {
			return PreparedDocument.failed(source.fileName(), source.contentHash(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Extraction of {} failed", source.fileName(), ex);
			return PreparedDocument.failed(source.fileName(), source.contentHash(), "extraction failed: " + ex);
		}
	}
}
