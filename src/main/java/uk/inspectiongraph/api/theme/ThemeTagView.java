package uk.inspectiongraph.api.theme;

/**
 * A theme a finding raises: its {@code TAGGED} relationship.
 *
 * @param theme the theme
 * @param polarity CONCERN, STRENGTH or NEUTRAL
 * @param evidence the words that triggered the tag
 */
public record ThemeTagView(ThemeView theme, String polarity, String evidence) {
}
