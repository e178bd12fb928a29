package uk.inspectiongraph.api.stats;

/**
 * How far the background embedding of findings has got, for {@code graphStats.embeddings}.
 *
 * @param model the model's id, name@version
 * @param embeddedFindings findings with a vector of that model
 * @param findingCount all findings
 */
record EmbeddingProgress(String model, long embeddedFindings, long findingCount) {
}
