package uk.inspectiongraph.api.upload;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One entry of the ingest history as GraphQL's {@code IngestRecord}: when, which file, what became
 * of it and why, who offered it through which door, and its content hash (the document is read
 * from the graph by that hash, so a record outlives a deleted document).
 */
public record IngestRecordView(String id, String at, String file, String outcome, String reason, String by,
		String door, String hash) {

	/** The map projection the history's statements return, as {@code value}. */
	static final String PROJECTION = "r {.id, at: toString(r.at), .file, .outcome, .reason, .by, .door, .hash}";

	static IngestRecordView of(Record row) {
		Value value = row.get("value");
		return new IngestRecordView(value.get("id").asString(), value.get("at").asString(), text(value.get("file")),
				value.get("outcome").asString(), text(value.get("reason")), text(value.get("by")),
				value.get("door").asString(), text(value.get("hash")));
	}

	private static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}
}
