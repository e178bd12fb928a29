package uk.inspectiongraph.ingest;

import uk.inspectiongraph.graph.write.WrittenDocument;
import uk.inspectiongraph.domain.DocumentRef;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened to one document in an ingestion: written with its facts, recorded as a copy of a
 * publication already held (no facts of its own; {@code copyOf} says whose), already there (same
 * bytes), or failed with the reason why (nothing of it was written). {@code warnings} tell an
 * analyst what to look at: a file found incomplete, a less complete copy whose facts it took over.
 */
public record DocumentOutcome(String file, Status status, String contentHash, String reason, DocumentRef copyOf,
		List<String> warnings) {

	public DocumentOutcome {
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	/**
	 * The fate of a document in an ingestion run: the one status of every door, shown by its name in
	 * the upload's JSON and as the {@code status} of GraphQL's {@code DocumentOutcome}.
	 */
	public enum Status {
		INGESTED, COPY, UNCHANGED, FAILED
	}

	/** A document written: with its facts, or as a copy ({@code written.copyOf()} set). */
	static DocumentOutcome written(String file, WrittenDocument written, String incomplete) {
		List<String> warnings = new ArrayList<>();
		if (incomplete != null) {
			warnings.add(incomplete);
		}
		written.superseded()
			.forEach(old -> warnings.add("more complete than " + old.describe()
					+ ", which held this publication's facts until now and is kept as its copy"));
		return written.copyOf() == null ? new DocumentOutcome(file, Status.INGESTED, written.hash(), null, null, warnings)
				: new DocumentOutcome(file, Status.COPY, written.hash(), copyReason(written.copyOf()), written.copyOf(),
						warnings);
	}

	/** A document with nothing to write: it failed to be read, or its bytes are held already. */
	static DocumentOutcome unwritten(PreparedDocument prepared) {
		return prepared.failure() != null ? failed(prepared.file(), prepared.hash(), prepared.failure())
				: unchanged(prepared.file(), prepared.hash(), prepared.copyOf());
	}

	/** Already held; {@code copyOf} when it is held as a copy. */
	static DocumentOutcome unchanged(String file, String hash, DocumentRef copyOf) {
		return new DocumentOutcome(file, Status.UNCHANGED, hash, copyOf == null ? null : copyReason(copyOf), copyOf,
				List.of());
	}

	static DocumentOutcome failed(String file, String hash, String reason) {
		return new DocumentOutcome(file, Status.FAILED, hash, reason, null, List.of());
	}

	private static String copyReason(DocumentRef original) {
		return "copy of " + original.describe() + ": the same publication, whose facts that document holds";
	}
}
