package uk.inspectiongraph.api.finding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.scope.ScopeInput;
import uk.inspectiongraph.api.scope.Scopes;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * Answers the questions by meaning: {@code semanticSearch}, findings that say what the analyst
 * typed in other words as well as in the same ones (see {@link SemanticQueries} for how the two
 * rankings are fused), and {@code Finding.similar}, the findings elsewhere that say the same thing
 * as one, batched over the findings of a level. The question is embedded in the process by the
 * same model that embedded the findings.
 */
@Controller
class SemanticSearchController {

	/** The longest question accepted: the model reads about 250 words at most. */
	static final int MAX_TEXT = 2000;

	private final CypherReader cypher;

	private final Scopes scopes;

	private final ApiProperties properties;

	private final TextEmbedder embedder;

	SemanticSearchController(CypherReader cypher, Scopes scopes, ApiProperties properties,
			TextEmbedder embedder) {
		this.cypher = cypher;
		this.scopes = scopes;
		this.properties = properties;
		this.embedder = embedder;
	}

	@QueryMapping
	List<SearchResults.FindingHit> semanticSearch(@Argument String text, @Argument Integer first,
			@Argument ScopeInput where, @Argument List<FindingKind> findingKinds) {
		String question = checked(text);
		int size = properties.pageSize(first);
		Scope scope = scopes.of(null, null, null, findingKinds, where);
		Map<String, Object> parameters = SemanticQueries.searchParameters(scope, question, embedder.embed(question), size);
		String words = SemanticQueries.words(question);
		String statement = SemanticQueries.narrows(scope) ? SemanticQueries.SEARCH_IN_SCOPE : SemanticQueries.SEARCH;
		return cypher.list(statement, parameters, row -> {
			FindingView finding = FindingView.of(row.get("value"));
			return new SearchResults.FindingHit(finding, row.get("score").asDouble(), Snippets.highlight(finding.text(), words));
		});
	}

	/**
	 * The findings like this one, through the {@link SimilarFindingsLoader}: a {@code @BatchMapping}
	 * cannot see the field's {@code first} and {@code where}, so the loader's keys carry them.
	 */
	@SchemaMapping(typeName = "Finding", field = "similar")
	CompletableFuture<List<SimilarFinding>> similar(FindingView finding, @Argument Integer first,
			@Argument ScopeInput where, DataLoader<SimilarFindingsLoader.Key, List<SimilarFinding>> similarFindings) {
		return similarFindings.load(new SimilarFindingsLoader.Key(finding.id(), properties.pageSize(first),
				scopes.of(null, null, null, where)));
	}

	private static String checked(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidArgumentException("text must not be empty: say what you are looking for, "
					+ "e.g. \"children wait too long for a social worker\".");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidArgumentException("text is " + text.length() + " characters long: ask in at most "
					+ MAX_TEXT + " (the model reads about 250 words).");
		}
		return text.strip();
	}
}
