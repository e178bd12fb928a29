package uk.inspectiongraph.graph.write;

import java.util.HashMap;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes the ingest history: what became of each document offered (the caller's transaction), and
 * keeps only the newest records so that the history cannot grow without bound.
 */
@Component
public class IngestRecordWriter {

	private final Neo4jClient neo4j;

	IngestRecordWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * One document offered.
	 *
	 * @param file the file's name as given
	 * @param outcome INGESTED, COPY, UNCHANGED, FAILED or REFUSED
	 * @param reason why it failed or was refused, or which document it copies
	 * @param by who offered it (the editor's user name, or the operating system's user for the command)
	 * @param door how it came: UPLOAD, GRAPHQL or COMMAND
	 * @param hash the SHA-256 of its bytes, when known
	 */
	public record IngestEntry(String file, String outcome, String reason, String by, String door, String hash) {
	}

	/** Records the entry, then drops the oldest records beyond {@code keep}. */
	public void record(IngestEntry entry, int keep) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("file", entry.file());
		parameters.put("outcome", entry.outcome());
		parameters.put("reason", entry.reason());
		parameters.put("by", entry.by());
		parameters.put("door", entry.door());
		parameters.put("hash", entry.hash());
		neo4j.query(IngestRecordQueries.RECORD).bindAll(parameters).run();
		long held = neo4j.query(IngestRecordQueries.COUNT).fetchAs(Long.class).one().orElse(0L);
		if (held > keep) {
			neo4j.query(IngestRecordQueries.PRUNE).bindAll(Map.of("keep", keep)).run();
		}
	}
}
