package uk.inspectiongraph.domain;

/** The section a finding was taken from, which also says what kind of statement it is. */
public enum FindingKind {
	/** "What needs to improve": an area for improvement. */
	AREA_FOR_IMPROVEMENT,
	/** An area for priority action: a serious weakness needing immediate action. */
	PRIORITY_ACTION,
	/** A recommendation (single inspection framework reports). */
	RECOMMENDATION,
	/** The overview or headline findings. */
	OVERVIEW,
	/** A main finding of a letter or a judgement section of a report. */
	FINDING,
	/** A strength, as listed by a council document. */
	STRENGTH,
	/** A weakness, as listed by a council document. */
	WEAKNESS
}
