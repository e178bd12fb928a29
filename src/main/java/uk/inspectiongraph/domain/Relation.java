package uk.inspectiongraph.domain;

/** How a named person stands to a document. */
public enum Relation {
	/** The addressee of a letter. */
	RECIPIENT,
	/** An author or contact officer of a council document. */
	AUTHOR,
	/** Named in the document with a role (director, portfolio holder, councillor...). */
	NAMED,
	/** A signatory of a joint inspection letter, for one inspectorate. */
	SIGNATORY
}
