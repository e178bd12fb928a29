package uk.inspectiongraph.domain;

/** What a document is: who wrote it and why. Serialised by name in the {@code extract} JSON. */
public enum DocumentKind {
	INSPECTION_REPORT, FOCUSED_VISIT_LETTER, MONITORING_VISIT_LETTER, JTAI_LETTER, COUNCIL_REPORT,
	COUNCIL_PRESENTATION,
	/** An area SEND inspection report (Ofsted and CQC) on a local area partnership. */
	AREA_SEND_REPORT,
	OTHER;

	/** Whether a council wrote it (a cabinet report, scrutiny slides) rather than Ofsted. */
	public boolean isCouncil() {
		return this == COUNCIL_REPORT || this == COUNCIL_PRESENTATION;
	}
}
