package uk.inspectiongraph.extraction;

/**
 * A document's text as read from its file, with the file's name and the SHA-256 of its bytes
 * (the document's identity in the graph: the same bytes are the same document).
 */
public record SourceText(String fileName, String contentHash, String text) {
}
