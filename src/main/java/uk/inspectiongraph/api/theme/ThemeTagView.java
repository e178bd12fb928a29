package uk.inspectiongraph.api.theme;

import org.neo4j.driver.types.MapAccessor;

/**
 * A theme a finding raises: its {@code TAGGED} relationship.
 *
 * @param theme the theme
 * @param polarity CONCERN, STRENGTH or NEUTRAL
 * @param evidence the words that triggered the tag
 */
public record ThemeTagView(ThemeView theme, String polarity, String evidence) {

	/** A row with {@code slug}, {@code name}, {@code polarity} and {@code evidence}, the theme named by the catalog. */
	static ThemeTagView of(MapAccessor row, ThemeCatalog catalog) {
		return new ThemeTagView(catalog.view(row.get("slug").asString(), row.get("name").asString()),
				row.get("polarity").asString(), row.get("evidence").asString(null));
	}
}
