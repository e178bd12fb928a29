package uk.inspectiongraph.api.finding;

import uk.inspectiongraph.api.document.DocumentView;

/**
 * A full-text search, the answer to {@code search}: its findings and documents are looked up
 * only when asked for.
 *
 * @param text the Lucene query
 * @param first at most this many hits of each kind
 */
record SearchResults(String text, int first) {

	/** A finding matching the search, with its score and highlighted snippet. */
	record FindingHit(FindingView finding, double score, String snippet) {
	}

	/** A document matching the search, with its score and highlighted snippet. */
	record DocumentHit(DocumentView document, double score, String snippet) {
	}
}
