package uk.inspectiongraph.authority;

import java.util.Optional;

import uk.inspectiongraph.extraction.AuthorityMention;

/**
 * Every English local authority with children's services duties, loaded from
 * {@code graph-seed/}, and the resolution of the names documents use for them.
 * <p>
 * First version: to be replaced by the gazetteer of the "Ingest real documents" work.
 */
public final class Gazetteer {

	/** The authority a document's text is about, if one of the gazetteer's names occurs in it. */
	public Optional<AuthorityMention> findIn(String text, String fileName) {
		return Optional.empty();
	}
}
