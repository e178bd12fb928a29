package uk.inspectiongraph.extraction;

/** A document's kind and, for graded inspection reports, the framework it was written under. */
public record Classification(DocumentKind kind, Framework framework) {
}
