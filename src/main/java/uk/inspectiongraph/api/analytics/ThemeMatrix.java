package uk.inspectiongraph.api.analytics;

import java.util.List;

import uk.inspectiongraph.api.theme.ThemeView;

/**
 * A theme-by-column matrix for heatmaps, the answer to {@code themeMatrix} (and, one row of it,
 * to {@code themeTrend}).
 *
 * @param by what the columns are
 * @param columns the columns in order
 * @param rows one row per theme, largest total first
 * @param normalised whether values are shares of the column's events
 */
public record ThemeMatrix(Dimension by, List<Column> columns, List<Row> rows, boolean normalised) {

	/**
	 * A column: a year, region or authority.
	 *
	 * @param key the year, region or authority code
	 * @param label the same for people
	 * @param totalEvents all events in the column
	 */
	public record Column(String key, String label, int totalEvents) {
	}

	/**
	 * One theme across the columns.
	 *
	 * @param theme the theme
	 * @param values per column: events raising it, or their share of the column's events
	 * @param eventCounts per column: events raising it
	 * @param findingCounts per column: findings raising it
	 * @param total events raising it in all columns
	 */
	public record Row(ThemeView theme, List<Double> values, List<Integer> eventCounts, List<Integer> findingCounts,
			int total) {
	}

	/**
	 * One point of a theme's trend.
	 *
	 * @param key the year, region or authority code
	 * @param label the same for people
	 * @param eventCount events in the cell raising the theme
	 * @param findingCount findings in the cell raising it
	 * @param totalEvents all events in the cell
	 * @param rate eventCount / totalEvents
	 */
	public record TrendPoint(String key, String label, int eventCount, int findingCount, int totalEvents, double rate) {
	}
}
