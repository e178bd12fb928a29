package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.theme.ThemeView;

/**
 * A theme raised alongside another, the answer to {@code coOccurringThemes}.
 *
 * @param theme the co-occurring theme
 * @param count units (findings or events) raising both
 * @param themeCount units raising the co-occurring theme
 * @param anchorCount units raising the theme asked about
 * @param unitCount all units in scope raising any theme
 * @param lift count x unitCount / (anchorCount x themeCount)
 */
public record CoOccurrence(ThemeView theme, int count, int themeCount, int anchorCount, int unitCount, double lift) {
}
