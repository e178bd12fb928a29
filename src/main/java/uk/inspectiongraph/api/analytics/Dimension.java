package uk.inspectiongraph.api.analytics;

/** The columns of a trend or matrix: years, regions or authorities. */
public enum Dimension {
	YEAR, REGION, AUTHORITY
}
