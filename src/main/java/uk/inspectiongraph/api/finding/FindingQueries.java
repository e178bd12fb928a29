package uk.inspectiongraph.api.finding;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.document.DocumentView;

/**
 * The Cypher behind findings: a filtered page in a stable order (newest event first), its total,
 * the full-text search of findings and documents, and the batched statements the
 * {@link BatchReader} runs for the findings of events and documents. The page walks the
 * {@code Finding.date} index newest first and stops when the page is full; the total comes from the
 * events' roll-up (see {@code ingest/EventRollupQueries}) unless kinds or themes are asked for, when it
 * walks from those instead. The map projections of findings and documents stay on their views
 * ({@link FindingView#PROJECTION}, {@link DocumentView#PROJECTION}), beside the code that reads them.
 */
@Component
class FindingQueries {

	/** Keeps finding {@code f} when it, its document {@code d}, event {@code e} and authority pass. */
	static final String FILTER = filterCarrying("");

	/**
	 * The {@link #FILTER} carrying more variables through its {@code WITH} ({@code ", score"}),
	 * for statements that rank what passes.
	 */
	static String filterCarrying(String variables) {
		return """
				MATCH (f)-[:STATED_IN]->(d:Document)
				OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
				OPTIONAL MATCH (e)-[:AT]->(ea:Authority)
				OPTIONAL MATCH (d)-[:ABOUT]->(da:Authority)
				WITH f, d, e, coalesce(ea, da) AS a%s
				WHERE ($kinds IS NULL OR f.kind IN $kinds)
				  AND ($from IS NULL AND $to IS NULL AND $eventKinds IS NULL AND $authorityCodes IS NULL
				       AND $regions IS NULL AND $authorityTypes IS NULL OR %s)
				  AND ($polarity IS NULL AND $themes IS NULL
				       OR EXISTS { MATCH (f)-[tg:TAGGED]->(t:Theme) WHERE %s })
				""".formatted(variables, Scope.EVENT_PREDICATE, Scope.TAG_PREDICATE);
	}

	/**
	 * Findings filtered by the analyst scope and kinds, newest first (by {@code f.date}, the
	 * event's start or else the document's date; undated ones first as a descending sort puts
	 * nulls), then by id: one page, read from the date index as far as the page needs.
	 */
	static final String FINDINGS_PAGE = """
			CALL () {
			  MATCH (u:Document) WHERE u.date IS NULL
			  MATCH (u)<-[:STATED_IN]-(f:Finding) WHERE f.date IS NULL
			  %1$s
			  WITH f ORDER BY f.id
			  RETURN collect(f) AS undated
			}
			CALL () {
			  MATCH (f:Finding) WHERE f.date IS NOT NULL
			  %1$s
			  WITH f ORDER BY f.date DESC, f.id
			  LIMIT $offset + $limit
			  RETURN collect(f) AS dated
			}
			WITH undated + dated AS found
			UNWIND range($offset, size(found) - 1) AS i
			WITH found[i] AS f, i
			LIMIT $limit
			MATCH (f)-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			RETURN %2$s AS value
			ORDER BY i""".formatted(FILTER, FindingView.PROJECTION);

	/** How many findings the filter selects when it names no kinds and no themes: from the roll-up. */
	static final String COUNT_FROM_ROLLUP = """
			CALL () {
			  MATCH (a:Authority)<-[:AT]-(e:Event)
			  WHERE %1$s
			  RETURN sum(CASE WHEN $polarity IS NULL THEN e.findingCount ELSE %2$s END) AS aboutEvents
			}
			CALL () {
			  MATCH (f:Finding) WHERE f.eventless = true
			  %3$s
			  RETURN count(f) AS aboutNone
			}
			RETURN aboutEvents + aboutNone AS total""".formatted(Scope.EVENT_PREDICATE, Scope.TAGGED_FINDINGS, FILTER);

	/** How many findings the filter selects, walking the findings of the kinds asked. */
	static final String COUNT_OF_KINDS = """
			MATCH (f:Finding) WHERE f.kind IN $kinds
			%s
			RETURN count(f) AS total""".formatted(FILTER);

	/** How many findings the filter selects, walking the findings tagged with the themes asked. */
	static final String COUNT_OF_THEMES = """
			MATCH (t:Theme)<-[tg:TAGGED]-(f:Finding)
			WHERE t.slug IN $themes AND ($polarity IS NULL OR tg.polarity = $polarity)
			WITH DISTINCT f
			%s
			RETURN count(f) AS total""".formatted(FILTER);

	static final String FINDINGS_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[:ABOUT]-(f:Finding)-[:STATED_IN]->(d:Document)
			RETURN key, %s AS value ORDER BY d.date, d.hash, f.order""".formatted(FindingView.PROJECTION);

	static final String FINDINGS_OF_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (d:Document {hash: key})<-[:STATED_IN]-(f:Finding)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			RETURN key, %s AS value ORDER BY f.order""".formatted(FindingView.PROJECTION);

	/** The findings best matching {@code $text} in the full-text index {@code finding_text}, best first. */
	static final String SEARCH_FINDINGS = """
			CALL db.index.fulltext.queryNodes('finding_text', $text, {limit: $first}) YIELD node AS f, score
			MATCH (f)-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			RETURN %s AS value, score ORDER BY score DESC, f.id""".formatted(FindingView.PROJECTION);

	/** The documents best matching {@code $text} in the full-text index {@code document_text}, best first. */
	static final String SEARCH_DOCUMENTS = """
			CALL db.index.fulltext.queryNodes('document_text', $text, {limit: $first}) YIELD node AS d, score
			RETURN %s AS value, d.text AS text, score ORDER BY score DESC, d.hash""".formatted(DocumentView.PROJECTION);

	private final CypherReader cypher;

	FindingQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	List<FindingView> page(FindingPage.Filter filter, int offset, int limit) {
		Map<String, Object> parameters = parameters(filter);
		parameters.put("offset", offset);
		parameters.put("limit", limit);
		return cypher.list(FINDINGS_PAGE, parameters, row -> FindingView.of(row.get("value")));
	}

	int count(FindingPage.Filter filter) {
		Map<String, Object> parameters = parameters(filter);
		String statement = parameters.get("kinds") != null ? COUNT_OF_KINDS
				: filter.scope().themes() != null ? COUNT_OF_THEMES : COUNT_FROM_ROLLUP;
		return cypher.one(statement, parameters, row -> row.get("total").asInt()).orElse(0);
	}

	/** The findings a search finds, each with its score and the passage around its first match. */
	List<SearchResults.FindingHit> findingHits(SearchResults search) {
		return cypher.list(SEARCH_FINDINGS, Map.of("text", search.text(), "first", search.first()), row -> {
			FindingView finding = FindingView.of(row.get("value"));
			return new SearchResults.FindingHit(finding, row.get("score").asDouble(),
					Snippets.highlight(finding.text(), search.text()));
		});
	}

	/** The documents a search finds, each with its score and the passage around its first match. */
	List<SearchResults.DocumentHit> documentHits(SearchResults search) {
		return cypher.list(SEARCH_DOCUMENTS, Map.of("text", search.text(), "first", search.first()),
				row -> new SearchResults.DocumentHit(DocumentView.of(row.get("value")), row.get("score").asDouble(),
						Snippets.highlight(row.get("text").asString(null), search.text())));
	}

	static Map<String, Object> parameters(FindingPage.Filter filter) {
		Map<String, Object> parameters = filter.scope().parameters();
		parameters.put("kinds", filter.kinds() == null || filter.kinds().isEmpty() ? null : filter.kinds());
		return parameters;
	}
}
