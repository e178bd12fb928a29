package uk.inspectiongraph.domain;

/** The kinds of inspection event a document can speak of. */
public enum EventKind {
	SIF_INSPECTION, ILACS_STANDARD, ILACS_SHORT, FOCUSED_VISIT, MONITORING_VISIT, JTAI,
	/** An area SEND inspection (full or monitoring) of a local area partnership, ending in an {@link AreaSendOutcome}. */
	AREA_SEND;

	/** Whether events of this kind end in graded judgements. */
	public boolean graded() {
		return this == SIF_INSPECTION || this == ILACS_STANDARD || this == ILACS_SHORT;
	}
}
