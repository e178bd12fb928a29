package uk.inspectiongraph.theme;

import java.util.List;

import uk.inspectiongraph.extraction.ExtractedFinding;
import uk.inspectiongraph.extraction.ThemeTag;

/**
 * Tags a finding with the themes of the taxonomy it speaks of, each with a polarity and the
 * words that triggered it.
 * <p>
 * First version: to be replaced in the "Findings and themes" work.
 */
public final class ThemeTagger {

	public List<ThemeTag> tag(ExtractedFinding finding) {
		return List.of();
	}
}
