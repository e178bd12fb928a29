package uk.inspectiongraph.api.finding;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.protection.InvalidArgumentException;

/**
 * Answers {@code search}: full-text search over findings and documents through the Neo4j
 * full-text indexes {@code finding_text} and {@code document_text}, best first, each hit with a
 * highlighted snippet. A query Lucene cannot parse is a {@code BAD_REQUEST}, found before it
 * reaches the database by {@link FullTextSyntax}; the database's own parse errors are mapped the same way.
 */
@Controller
class SearchController {

	private final FindingQueries queries;

	private final ApiProperties properties;

	SearchController(FindingQueries queries, ApiProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	@QueryMapping
	SearchResults search(@Argument String text, @Argument Integer first) {
		return new SearchResults(FullTextSyntax.checked(text), properties.pageSize(first));
	}

	@SchemaMapping(typeName = "SearchResults")
	List<SearchResults.FindingHit> findings(SearchResults search) {
		return parsed(search, () -> queries.findingHits(search));
	}

	@SchemaMapping(typeName = "SearchResults")
	List<SearchResults.DocumentHit> documents(SearchResults search) {
		return parsed(search, () -> queries.documentHits(search));
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
