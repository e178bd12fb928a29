package uk.inspectiongraph.document;

import org.neo4j.driver.Value;

import uk.inspectiongraph.system.Rows;

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
 */
public record DocumentView(String hash, String kind, String framework, String title, String fileName, String date,
		String datePrecision) {

	/** The Cypher map projection of a document {@code d} without its text, for {@link #of}. */
	public static final String PROJECTION = "d {.hash, .kind, .framework, .title, .fileName, .date, .datePrecision}";

	/** The document held in a node or map value. */
	public static DocumentView of(Value node) {
		return new DocumentView(Rows.text(node.get("hash")), Rows.text(node.get("kind")),
				Rows.text(node.get("framework")), Rows.text(node.get("title")), Rows.text(node.get("fileName")),
				Rows.date(node.get("date")), Rows.text(node.get("datePrecision")));
	}
}
