package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Framework;
import uk.inspectiongraph.domain.DocumentKind;

/** A document's kind and, for graded inspection reports, the framework it was written under. */
public record Classification(DocumentKind kind, Framework framework) {
}
