package uk.inspectiongraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.extraction.DocumentExtractor;
import uk.inspectiongraph.extraction.ExtractionException;
import uk.inspectiongraph.extraction.SourceReader;
import uk.inspectiongraph.extraction.SourceText;

/**
 * Reads and extracts one document, with no transaction open: the part of ingestion that runs in
 * parallel. Bytes already in the graph (by SHA-256) are not parsed at all; a document that cannot
 * be read or understood becomes a failure with its reason, never an exception.
 */
@Component
class DocumentPreparer {

	private static final Logger log = LoggerFactory.getLogger(DocumentPreparer.class);

	private final DocumentExtractor extractor;

	private final DocumentGraphWriter writer;

	private final SourceReader reader = new SourceReader();

	DocumentPreparer(DocumentExtractor extractor, DocumentGraphWriter writer) {
		this.extractor = extractor;
		this.writer = writer;
	}

	PreparedDocument prepare(Path file) {
		try {
			return prepare(file.toString(), Files.readAllBytes(file));
		}
		catch (IOException ex) {
			return PreparedDocument.failed(file.toString(), null, "cannot read the file: " + ex.getMessage());
		}
	}

	PreparedDocument prepare(String fileName, byte[] bytes) {
		String displayName = Path.of(fileName).getFileName().toString();
		try {
			String hash = SourceReader.sha256(bytes);
			if (bytes.length > 0 && writer.contains(hash)) {
				return PreparedDocument.present(fileName, hash);
			}
			return extract(reader.read(displayName, bytes), false).withFile(fileName);
		}
		catch (ExtractionException ex) {
			return PreparedDocument.failed(fileName, null, ex.getMessage());
		}
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
