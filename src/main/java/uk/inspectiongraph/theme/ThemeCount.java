package uk.inspectiongraph.theme;

import java.util.List;

/**
 * How often a theme was raised about an authority or on an inspector's visits.
 *
 * @param theme the theme
 * @param concernCount findings raising it as a concern
 * @param strengthCount findings praising it
 * @param findingCount all findings tagged with it
 * @param years the years of the events raising it, ascending
 */
public record ThemeCount(ThemeView theme, int concernCount, int strengthCount, int findingCount, List<Integer> years) {
}
