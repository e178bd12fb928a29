package uk.inspectiongraph.domain;

/**
 * The outcome of an area SEND inspection, a scale of its own beside {@link Grade}: the three
 * outcomes of a full inspection under the 2023 framework, best first, and the two findings of a
 * monitoring inspection that follows the worst of them. Analysts compare partnerships on it, so
 * it is never folded into Ofsted's four-point grade.
 */
public enum AreaSendOutcome {
	/** Arrangements typically lead to positive experiences and outcomes. */
	POSITIVE_EXPERIENCES(1),
	/** Arrangements lead to inconsistent experiences and outcomes; the partnership must work jointly to improve. */
	INCONSISTENT_EXPERIENCES(2),
	/** Widespread and/or systemic failings that the partnership must address urgently. */
	WIDESPREAD_SYSTEMIC_FAILINGS(3),
	/** A monitoring inspection found sufficient progress on the areas for priority action. */
	SUFFICIENT_PROGRESS(1),
	/** A monitoring inspection found insufficient progress on the areas for priority action. */
	INSUFFICIENT_PROGRESS(2);

	private final int score;

	AreaSendOutcome(int score) {
		this.score = score;
	}

	/** 1 for the best outcome of its kind of inspection, counting up to the worst. */
	public int score() {
		return score;
	}

	/** Whether a monitoring inspection, rather than a full one, reaches this outcome. */
	public boolean monitoring() {
		return this == SUFFICIENT_PROGRESS || this == INSUFFICIENT_PROGRESS;
	}
}
