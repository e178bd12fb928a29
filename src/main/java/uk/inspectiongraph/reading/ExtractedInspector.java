package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;

/** An inspector named for an event; {@code lead} marks the one who led it. */
public record ExtractedInspector(String name, boolean lead, Span span) {
}
