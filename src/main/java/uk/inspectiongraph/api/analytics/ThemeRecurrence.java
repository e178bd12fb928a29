package uk.inspectiongraph.api.analytics;

import java.util.List;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.theme.ThemeView;

/**
 * A theme raised across authorities and years, the answer to {@code recurringThemes}.
 *
 * @param theme the theme
 * @param authorityCount how many authorities raised it
 * @param authorities those authorities, by name
 * @param years the years of the events raising it, ascending
 * @param eventCount the events raising it
 * @param findingCount the findings raising it
 * @param firstSeen the start of the earliest event raising it
 * @param lastSeen the start of the latest
 * @param evidence a few findings raising it
 */
public record ThemeRecurrence(ThemeView theme, int authorityCount, List<AuthorityView> authorities, List<Integer> years,
		int eventCount, int findingCount, String firstSeen, String lastSeen, List<ThemeEvidence> evidence) {

	/**
	 * A finding raising a theme, shown as evidence.
	 *
	 * @param findingId the finding's id
	 * @param evidence the words that triggered the tag
	 * @param text the finding's text
	 * @param authorityName the authority it is about
	 * @param year the year of its event
	 */
	public record ThemeEvidence(String findingId, String evidence, String text, String authorityName, Integer year) {
	}
}
