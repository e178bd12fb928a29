package uk.inspectiongraph.ingest;

/**
 * What happened to one document in an ingestion: written, already there (same bytes), or failed
 * with the reason why (nothing of it was written).
 */
public record DocumentOutcome(String file, Status status, String contentHash, String reason) {

	/** The fate of a document in an ingestion run. */
	public enum Status {
		INGESTED, UNCHANGED, FAILED
	}

	static DocumentOutcome ingested(String file, String hash) {
		return new DocumentOutcome(file, Status.INGESTED, hash, null);
	}

	static DocumentOutcome unchanged(String file, String hash) {
		return new DocumentOutcome(file, Status.UNCHANGED, hash, null);
	}

	static DocumentOutcome failed(String file, String hash, String reason) {
		return new DocumentOutcome(file, Status.FAILED, hash, reason);
	}
}
