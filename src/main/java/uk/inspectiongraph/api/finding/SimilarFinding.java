package uk.inspectiongraph.api.finding;

/**
 * A finding elsewhere that says much the same as another, the answer to {@code Finding.similar}.
 *
 * @param finding the similar finding
 * @param similarity the cosine similarity of the two findings' vectors, 1 for the same meaning
 */
record SimilarFinding(FindingView finding, double similarity) {
}
