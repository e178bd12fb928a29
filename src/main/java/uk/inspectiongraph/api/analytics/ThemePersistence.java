package uk.inspectiongraph.api.analytics;

import java.util.List;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.theme.ThemeView;

/**
 * A theme's history at one authority, the answer to {@code themePersistence}.
 *
 * @param authority the authority
 * @param theme the theme
 * @param status PERSISTED, STOPPED or NEW
 * @param recurred whether it was raised at two or more events
 * @param raisedAt the events raising it, in time order
 * @param laterEvents the authority's events with findings after the last one raising it
 * @param firstYear the year it was first raised
 * @param lastYear the year it was last raised
 */
public record ThemePersistence(AuthorityView authority, ThemeView theme, String status, boolean recurred,
		List<EventView> raisedAt, List<EventView> laterEvents, int firstYear, int lastYear) {
}
