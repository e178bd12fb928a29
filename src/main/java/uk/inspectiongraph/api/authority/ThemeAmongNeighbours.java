package uk.inspectiongraph.api.authority;

/**
 * One authority on the map of a theme against statistical neighbours ({@code themeAmongNeighbours}):
 * whether its own events raised the theme, and how many of its neighbours' did, so that an analyst
 * sees at a glance where a concern stands out from councils like it, or is missing where it is
 * common among them.
 *
 * @param authority the authority
 * @param eventCount its inspection events in the years
 * @param raisingEvents those of its events raising the theme
 * @param raised whether any of its events raised the theme
 * @param neighbourCount its statistical neighbours (10, or none for a former authority)
 * @param neighboursWithEvents its neighbours with an inspection event in the years
 * @param neighboursRaising its neighbours with an event raising the theme
 * @param neighbourShare neighboursRaising over neighboursWithEvents, null when no neighbour had an event
 */
public record ThemeAmongNeighbours(AuthorityView authority, int eventCount, int raisingEvents, boolean raised,
		int neighbourCount, int neighboursWithEvents, int neighboursRaising, Double neighbourShare) {
}
