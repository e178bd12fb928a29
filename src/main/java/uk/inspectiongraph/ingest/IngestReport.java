package uk.inspectiongraph.ingest;

import java.util.List;

/** The outcome of ingesting a batch of documents, one entry per document in input order. */
public record IngestReport(List<DocumentOutcome> outcomes, long elapsedMillis) {

	public IngestReport {
		outcomes = List.copyOf(outcomes);
	}

	public long count(DocumentOutcome.Status status) {
		return outcomes.stream().filter(outcome -> outcome.status() == status).count();
	}

	public List<DocumentOutcome> failures() {
		return outcomes.stream().filter(outcome -> outcome.status() == DocumentOutcome.Status.FAILED).toList();
	}

	/** Documents per second over the whole run. */
	public double throughput() {
		return elapsedMillis == 0 ? 0 : outcomes.size() * 1000.0 / elapsedMillis;
	}

	/** The documents written or recorded with a warning for an analyst (e.g. an incomplete file). */
	public List<DocumentOutcome> warned() {
		return outcomes.stream().filter(outcome -> !outcome.warnings().isEmpty()).toList();
	}

	/**
	 * One line for people: "301 documents: 296 ingested, 4 copies, 0 unchanged, 1 failed in 41.2 s
	 * (7.3 documents/s)".
	 */
	public String summary() {
		return "%d documents: %d ingested, %d copies, %d unchanged, %d failed in %.1f s (%.1f documents/s)".formatted(
				outcomes.size(), count(DocumentOutcome.Status.INGESTED), count(DocumentOutcome.Status.COPY),
				count(DocumentOutcome.Status.UNCHANGED), count(DocumentOutcome.Status.FAILED), elapsedMillis / 1000.0,
				throughput());
	}
}
