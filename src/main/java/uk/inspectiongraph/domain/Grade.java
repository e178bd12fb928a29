package uk.inspectiongraph.domain;

/** Ofsted's four-point grade, best first. */
public enum Grade {
	OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE;

	/** 1 for outstanding to 4 for inadequate, as Ofsted numbers them. */
	public int score() {
		return ordinal() + 1;
	}
}
