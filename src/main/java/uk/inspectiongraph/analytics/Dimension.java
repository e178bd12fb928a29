package uk.inspectiongraph.analytics;

/** The columns of a trend or matrix: years, regions or authorities. */
public enum Dimension {
	YEAR, REGION, AUTHORITY
}
