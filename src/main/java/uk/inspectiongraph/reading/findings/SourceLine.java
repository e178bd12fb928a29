package uk.inspectiongraph.reading.findings;

/**
 * One line of a document's text that carries content, trimmed: its offsets in the original text
 * and what separated it from the previous content line (any blank line; a line of spaces, as word
 * processors leave between paragraphs; a page break: page furniture or a long run of blank lines).
 */
record SourceLine(int start, int end, String text, boolean blankBefore, boolean spacedBefore,
		boolean pageBreakBefore) {
}
