package uk.inspectiongraph.api.finding;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.document.DocumentView;
import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.protection.InvalidArgumentException;

/**
 * Answers {@code search}: full-text search over findings and documents through the Neo4j
 * full-text indexes {@code finding_text} and {@code document_text}, best first, each hit with a
 * highlighted snippet. A query Lucene cannot parse is a {@code BAD_REQUEST}, found before it
 * reaches the database by {@link FullTextQueries}; the database's own parse errors are mapped the same way.
 */
@Controller
class SearchController {

	static final String SEARCH_FINDINGS = """
			CALL db.index.fulltext.queryNodes('finding_text', $text, {limit: $first}) YIELD node AS f, score
			MATCH (f)-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			RETURN %s AS value, score ORDER BY score DESC, f.id""".formatted(FindingView.PROJECTION);

	static final String SEARCH_DOCUMENTS = """
			CALL db.index.fulltext.queryNodes('document_text', $text, {limit: $first}) YIELD node AS d, score
			RETURN %s AS value, d.text AS text, score ORDER BY score DESC, d.hash""".formatted(DocumentView.PROJECTION);

	private final CypherReader cypher;

	private final ApiProperties properties;

	SearchController(CypherReader cypher, ApiProperties properties) {
		this.cypher = cypher;
		this.properties = properties;
	}

	@QueryMapping
	SearchResults search(@Argument String text, @Argument Integer first) {
		return new SearchResults(FullTextQueries.checked(text), properties.pageSize(first));
	}

	@SchemaMapping(typeName = "SearchResults")
	List<SearchResults.FindingHit> findings(SearchResults search) {
		return parsed(search, () -> cypher.list(SEARCH_FINDINGS, Map.of("text", search.text(), "first", search.first()),
				row -> {
					FindingView finding = FindingView.of(row.get("value"));
					return new SearchResults.FindingHit(finding, row.get("score").asDouble(),
							Snippets.highlight(finding.text(), search.text()));
				}));
	}

	@SchemaMapping(typeName = "SearchResults")
	List<SearchResults.DocumentHit> documents(SearchResults search) {
		return parsed(search, () -> cypher.list(SEARCH_DOCUMENTS, Map.of("text", search.text(), "first", search.first()),
				row -> new SearchResults.DocumentHit(DocumentView.of(row.get("value")), row.get("score").asDouble(),
						Snippets.highlight(row.get("text").asString(null), search.text()))));
	}

	private static <T> T parsed(SearchResults search, Supplier<T> query) {
		try {
			return query.get();
		}
		catch (DataAccessException ex) {
			if (isParseError(ex)) {
				throw new InvalidArgumentException("text '" + search.text() + "' is not a valid full-text query: "
						+ "quote phrases, balance brackets and quotes, or escape special characters with \\\\.");
			}
			throw ex;
		}
	}

	private static boolean isParseError(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Parse") || message.contains("Lexical error")) {
				return true;
			}
		}
		return false;
	}
}
