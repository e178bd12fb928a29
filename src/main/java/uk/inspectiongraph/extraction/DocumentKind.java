package uk.inspectiongraph.extraction;

/** What a document is: who wrote it and why. Serialised by name in the {@code extract} JSON. */
public enum DocumentKind {
	INSPECTION_REPORT, FOCUSED_VISIT_LETTER, MONITORING_VISIT_LETTER, JTAI_LETTER, COUNCIL_REPORT,
	COUNCIL_PRESENTATION, OTHER
}
