package uk.inspectiongraph.api.inspection;

import java.util.List;

import uk.inspectiongraph.api.authority.AuthorityView;

/**
 * An authority's grades in one area over time, the answer to {@code gradeHistory}.
 *
 * @param authority the authority
 * @param grades its graded inspections, oldest first
 */
public record GradeHistory(AuthorityView authority, List<GradedInspection> grades) {

	/**
	 * The grade one event gave an area.
	 *
	 * @param event the inspection
	 * @param area the area
	 * @param grade the grade
	 * @param score 1 to 4
	 */
	public record GradedInspection(EventView event, String area, String grade, int score) {
	}

	/**
	 * The change between two consecutive graded inspections, the answer to {@code gradeChanges}.
	 *
	 * @param authority the authority
	 * @param before the earlier inspection
	 * @param after the later one
	 * @param direction IMPROVED, UNCHANGED or DECLINED
	 * @param steps score steps improved (negative when declined)
	 */
	public record GradeChange(AuthorityView authority, GradedInspection before, GradedInspection after,
			String direction, int steps) {
	}
}
