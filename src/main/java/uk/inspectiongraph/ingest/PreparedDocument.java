package uk.inspectiongraph.ingest;

import uk.inspectiongraph.domain.DocumentRef;

import uk.inspectiongraph.reading.ExtractedDocument;

/**
 * A document read and extracted, ready to be written; or already in the graph (no extraction,
 * {@code document} null; {@code copyOf} the document it is a recorded copy of, if it is one); or
 * the reason it cannot be written ({@code failure}). With {@code replace}, writing replaces what an
 * earlier extraction of the same document derived.
 */
record PreparedDocument(String file, String hash, ExtractedDocument document, String failure, boolean replace,
		DocumentRef copyOf) {

	static PreparedDocument extracted(String file, ExtractedDocument document, boolean replace) {
		return new PreparedDocument(file, document.contentHash(), document, null, replace, null);
	}

	static PreparedDocument present(String file, String hash, DocumentRef copyOf) {
		return new PreparedDocument(file, hash, null, null, false, copyOf);
	}

	static PreparedDocument failed(String file, String hash, String reason) {
		return new PreparedDocument(file, hash, null, reason, false, null);
	}

	/** Whether there is something to write. */
	boolean writable() {
		return failure == null && document != null;
	}

	PreparedDocument withFile(String name) {
		return new PreparedDocument(name, hash, document, failure, replace, copyOf);
	}
}
