package uk.inspectiongraph.reading;

import uk.inspectiongraph.reading.taxonomy.ThemeTag;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.FindingKind;

import java.util.List;

/**
 * One finding of a document: its kind, the section heading it sat under, its order in the
 * document, its exact (repaired) text and span, the index of the event it is about in
 * {@link ExtractedDocument#events()} (or -1 when it is about none), and its theme tags.
 */
public record ExtractedFinding(FindingKind kind, String section, int order, String text, Span span, int eventIndex,
		List<ThemeTag> themes) {

	public ExtractedFinding {
		themes = List.copyOf(themes);
	}

	public ExtractedFinding withThemes(List<ThemeTag> tags) {
		return new ExtractedFinding(kind, section, order, text, span, eventIndex, tags);
	}
}
