package uk.inspectiongraph.api.document;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * A document as the API shows it: the properties of a {@code Document} node. Its text is read
 * only when asked for, through {@code Document.text}.
 *
 * @param hash the SHA-256 of its bytes
 * @param kind what it is
 * @param framework the framework of a graded report
 * @param title its title
 * @param fileName the file it was read from
 * @param date its date, yyyy-MM-dd
 * @param datePrecision DAY or MONTH
 * @param complete false when its file was found cut short, null when unknown
 * @param incompleteReason why its file is incomplete
 * @param pageCount the pages read from its file
 * @param copyOfHash the hash of the document it is a recorded copy of, or null
 */
public record DocumentView(String hash, String kind, String framework, String title, String fileName, String date,
		String datePrecision, Boolean complete, String incompleteReason, Integer pageCount, String copyOfHash) {

	/** The Cypher map projection of a document {@code d} without its text, for {@link #of}. */
	public static final String PROJECTION = "d {.hash, .kind, .framework, .title, .fileName, .date, .datePrecision, "
			+ ".complete, .incompleteReason, .pageCount, copyOf: head([(d)-[:COPY_OF]->(o:Document) | o.hash])}";

	/** The document held in a node or map value (a node has no {@code copyOf}). */
	public static DocumentView of(Value node) {
		return new DocumentView(Rows.text(node.get("hash")), Rows.text(node.get("kind")),
				Rows.text(node.get("framework")), Rows.text(node.get("title")), Rows.text(node.get("fileName")),
				Rows.date(node.get("date")), Rows.text(node.get("datePrecision")), flag(node.get("complete")),
				Rows.text(node.get("incompleteReason")), Rows.integer(node.get("pageCount")),
				Rows.text(node.get("copyOf")));
	}

	private static Boolean flag(Value value) {
		return value == null || value.isNull() ? null : value.asBoolean();
	}
}
