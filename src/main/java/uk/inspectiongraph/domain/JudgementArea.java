package uk.inspectiongraph.domain;

/**
 * A graded area of an inspection, in ILACS terms. Single-inspection-framework areas map onto
 * these (e.g. "children looked after and achieving permanence" to
 * {@link #CHILDREN_IN_CARE_AND_CARE_LEAVERS}); the report's own wording is kept beside it.
 */
public enum JudgementArea {
	OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS,
	CHILDREN_IN_CARE_AND_CARE_LEAVERS, ADOPTION, LSCB
}
