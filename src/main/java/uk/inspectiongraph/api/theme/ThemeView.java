package uk.inspectiongraph.api.theme;

/**
 * A theme of the taxonomy as the API shows it.
 *
 * @param slug the stable identifier
 * @param name the name for people
 * @param description what it covers
 * @param parentSlug the broader theme's slug, or null at the top
 */
public record ThemeView(String slug, String name, String description, String parentSlug) {
}
