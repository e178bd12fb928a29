package uk.inspectiongraph.extraction;

/** An inspector named for an event; {@code lead} marks the one who led it. */
public record ExtractedInspector(String name, boolean lead, Span span) {
}
