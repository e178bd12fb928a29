package uk.inspectiongraph.api.finding;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.authority.AuthorityQueries;
import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.document.DocumentQueries;
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

	/** The page's rows: each finding with its event and document keys. */
	private static final String PAGE_ROWS = """
			WITH undated + dated AS found
			UNWIND range($offset, size(found) - 1) AS i
			WITH found[i] AS f, i
			LIMIT $limit
			MATCH (f)-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			RETURN %s AS value
			ORDER BY i""".formatted(FindingView.PROJECTION);

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
			%2$s""".formatted(FILTER, PAGE_ROWS);

	/**
	 * The same page when themes are asked for, read from the themes' tags rather than the date
	 * index: a theme tags a small share of all findings, so sorting those costs less than walking
	 * every finding newest first and dropping the untagged (thousands of db hits, not hundreds of
	 * thousands, on the dev corpus).
	 */
	static final String FINDINGS_PAGE_OF_THEMES = """
			CALL () {
			  MATCH (t:Theme)<-[tg:TAGGED]-(f:Finding)
			  WHERE t.slug IN $themes AND ($polarity IS NULL OR tg.polarity = $polarity) AND f.date IS NULL
			  WITH DISTINCT f
			  MATCH (f)-[:STATED_IN]->(u:Document) WHERE u.date IS NULL
			  %1$s
			  WITH f ORDER BY f.id
			  RETURN collect(f) AS undated
			}
			CALL () {
			  MATCH (t:Theme)<-[tg:TAGGED]-(f:Finding)
			  WHERE t.slug IN $themes AND ($polarity IS NULL OR tg.polarity = $polarity) AND f.date IS NOT NULL
			  WITH DISTINCT f
			  %1$s
			  WITH f ORDER BY f.date DESC, f.id
			  LIMIT $offset + $limit
			  RETURN collect(f) AS dated
			}
			%2$s""".formatted(FILTER, PAGE_ROWS);

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
			RETURN %s AS value, %s AS document, %s AS authority, score
			ORDER BY score DESC, f.id""".formatted(FindingView.PROJECTION, DocumentView.PROJECTION,
			AuthorityQueries.FINDING_AUTHORITY);

	/** The documents best matching {@code $text} in the full-text index {@code document_text}, best first. */
	static final String SEARCH_DOCUMENTS = """
			CALL db.index.fulltext.queryNodes('document_text', $text, {limit: $first}) YIELD node AS d, score
			RETURN %s AS value, d.text AS text, score ORDER BY score DESC, d.hash""".formatted(DocumentView.PROJECTION);

	private final CypherReader cypher;

	FindingQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	/**
	 * One page of findings. (Returning each one's document and authority beside it, as search does,
	 * made Neo4j 5.26's planner fail on the seed-graph fixture, "f.date should not appear
	 * non-cached", so the page's nested fields stay batched.)
	 */
	List<FindingView> page(FindingPage.Filter filter, int offset, int limit) {
		Map<String, Object> parameters = parameters(filter);
		parameters.put("offset", offset);
		parameters.put("limit", limit);
		String statement = filter.scope().themes() != null ? FINDINGS_PAGE_OF_THEMES : FINDINGS_PAGE;
		return cypher.list(statement, parameters, row -> FindingView.of(row.get("value")));
	}

	/** The finding of a row that also holds its {@code document} and {@code authority}, both kept. */
	private static FindingView primedFinding(Record row) {
		FindingView finding = FindingView.of(row.get("value"));
		BatchReader.prime(DocumentQueries.DOCUMENTS_BY_HASH, finding.documentHash(), DocumentView.of(row.get("document")));
		Value authority = row.get("authority");
		BatchReader.prime(AuthorityQueries.AUTHORITY_OF_FINDINGS, finding.id(), authority.isNull() ? null : AuthorityView.of(authority));
		return finding;
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
			FindingView finding = primedFinding(row);
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
