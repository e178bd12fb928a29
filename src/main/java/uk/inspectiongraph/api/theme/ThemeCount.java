package uk.inspectiongraph.api.theme;

import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

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

	/**
	 * A row, or a map in a row, with {@code slug}, {@code name}, {@code concernCount},
	 * {@code strengthCount}, {@code findingCount} and {@code years}.
	 */
	static ThemeCount of(MapAccessor row, ThemeCatalog catalog) {
		return new ThemeCount(catalog.view(row.get("slug").asString(), row.get("name").asString()),
				row.get("concernCount").asInt(), row.get("strengthCount").asInt(), row.get("findingCount").asInt(),
				row.get("years").asList(Value::asInt).stream().sorted().toList());
	}
}
