package uk.inspectiongraph.api.upload;

import uk.inspectiongraph.api.cypher.CypherReader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Reads the ingest history, newest first, optionally of one outcome only, a page at a time. The
 * history is bounded (inspection-graph.ingest.history.keep), so counting it is cheap.
 */
@Component
class IngestHistoryQueries {

	static final String RECORDS = """
			MATCH (r:IngestRecord)
			WHERE $outcome IS NULL OR r.outcome = $outcome
			RETURN %s AS value
			ORDER BY r.at DESC, r.id
			SKIP $offset LIMIT $first""".formatted(IngestRecordView.PROJECTION);

	static final String COUNT = """
			MATCH (r:IngestRecord)
			WHERE $outcome IS NULL OR r.outcome = $outcome
			RETURN count(r) AS count""";

	private final CypherReader cypher;

	IngestHistoryQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	List<IngestRecordView> records(String outcome, int first, int offset) {
		Map<String, Object> parameters = parameters(outcome);
		parameters.put("first", first);
		parameters.put("offset", offset);
		return cypher.list(RECORDS, parameters, IngestRecordView::of);
	}

	int count(String outcome) {
		return cypher.one(COUNT, parameters(outcome), row -> row.get("count").asInt()).orElse(0);
	}

	private static Map<String, Object> parameters(String outcome) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("outcome", outcome);
		return parameters;
	}
}
