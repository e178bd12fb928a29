package uk.inspectiongraph.domain;

/** A document named in an ingestion outcome, e.g. the one a copy is a copy of: its hash and title. */
public record DocumentRef(String hash, String title) {

	/** How people read it: its title and the start of its hash. */
	public String describe() {
		return "'" + (title == null ? "untitled" : title) + "' (" + hash.substring(0, Math.min(12, hash.length())) + ")";
	}
}
