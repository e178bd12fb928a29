package uk.inspectiongraph.domain;

/**
 * Where a fact was read: character offsets into the document's full text, start inclusive, end
 * exclusive.
 */
public record Span(int start, int end) {

	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
		}
	}

	/** The text this span covers in {@code text}. */
	public String of(String text) {
		return text.substring(start, end);
	}
}
