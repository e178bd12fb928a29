package uk.inspectiongraph.domain;

/** Whether a theme is raised as a concern, praised as a strength, or only mentioned. */
public enum Polarity {
	CONCERN, STRENGTH, NEUTRAL
}
