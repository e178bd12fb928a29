package uk.inspectiongraph.domain;

/**
 * The inspection framework a graded report was written under: the single inspection framework
 * (2013-2017) or an ILACS standard or short inspection (2018 on).
 */
public enum Framework {
	SIF, ILACS_STANDARD, ILACS_SHORT
}
