package uk.inspectiongraph.api.authority;

import java.util.List;

import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.theme.ThemeView;

/**
 * An authority beside its statistical neighbours, the comparison councils make first: the themes
 * raised on each side and the latest grades, as {@code neighbourComparison} answers it.
 *
 * @param authority the authority compared
 * @param eventCount its inspection events in the years
 * @param latestGrades its latest grade per judgement area
 * @param neighbours its neighbours, most similar first
 * @param neighbourEventCount the neighbours' events in the years, together
 * @param themes per theme, here and at the neighbours
 */
public record NeighbourComparison(AuthorityView authority, int eventCount, List<NeighbourGrade> latestGrades,
		List<ComparedNeighbour> neighbours, int neighbourEventCount, List<ThemeComparison> themes) {

	/**
	 * One neighbour in the comparison.
	 *
	 * @param authority the neighbour
	 * @param rank 1 (most similar) to 10
	 * @param eventCount its events in the years
	 * @param latestGrades its latest grade per judgement area
	 */
	public record ComparedNeighbour(AuthorityView authority, int rank, int eventCount, List<NeighbourGrade> latestGrades) {
	}

	/**
	 * An authority's latest grade in one area.
	 *
	 * @param area the judgement area
	 * @param grade the grade
	 * @param score 1 (outstanding) to 4 (inadequate)
	 * @param event the inspection event that gave it
	 */
	public record NeighbourGrade(String area, String grade, int score, EventView event) {
	}

	/**
	 * One theme at the authority and at its neighbours.
	 *
	 * @param theme the theme
	 * @param raised whether the authority's events raised it
	 * @param events the authority's events raising it
	 * @param neighbourEvents the neighbours' events raising it
	 * @param neighbourShare neighbourEvents over all the neighbours' events
	 * @param neighboursRaising the neighbours with an event raising it
	 */
	public record ThemeComparison(ThemeView theme, boolean raised, int events, int neighbourEvents,
			double neighbourShare, int neighboursRaising) {
	}
}
