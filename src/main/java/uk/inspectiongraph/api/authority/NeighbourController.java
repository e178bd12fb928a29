package uk.inspectiongraph.api.authority;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.api.protection.NotFoundException;
import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.scope.ScopeInput;
import uk.inspectiongraph.api.scope.Scopes;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;

import static uk.inspectiongraph.api.cypher.BatchReader.value;

/**
 * Answers the statistical-neighbour questions: an authority's neighbours in rank order (batched
 * for every authority of a level), {@code neighbourComparison}, and {@code themeAmongNeighbours}
 * (every authority against its neighbours on one theme, for the map), whose authority, theme and
 * years are checked by {@link Scopes} like every analyst question's.
 */
@Controller
class NeighbourController {

	private final NeighbourQueries queries;

	private final BatchReader batches;

	private final Scopes scopes;

	NeighbourController(NeighbourQueries queries, BatchReader batches, Scopes scopes) {
		this.queries = queries;
		this.batches = batches;
		this.scopes = scopes;
	}

	@QueryMapping
	NeighbourComparison neighbourComparison(@Argument String authority, @Argument Integer from, @Argument Integer to,
			@Argument List<FindingKind> findingKinds, @Argument Polarity polarity) {
		Scope scope = scopes.of(from, to, polarity, ScopeInput.NONE.withAuthority(authority));
		if (scope.authorities() == null) {
			throw new InvalidArgumentException("Give the authority to compare with its neighbours, e.g. "
					+ "neighbourComparison(authority: \"Warwickshire\").");
		}
		String code = scope.authorities().get(0);
		return queries.compare(code, from, to, findingKinds, polarity)
			.orElseThrow(() -> new NotFoundException("The authority '" + authority + "' (" + code
					+ ") is not in the graph: list those held with `authorities`."));
	}

	@QueryMapping
	List<ThemeAmongNeighbours> themeAmongNeighbours(@Argument String theme, @Argument Integer from, @Argument Integer to,
			@Argument List<FindingKind> findingKinds, @Argument Polarity polarity) {
		Scope scope = scopes.of(from, to, polarity, findingKinds, ScopeInput.NONE).withThemes(scopes.branch(theme));
		return queries.themeAmongNeighbours(scope);
	}

	@BatchMapping(typeName = "Authority", field = "statisticalNeighbours")
	Map<AuthorityView, List<AuthorityView>> statisticalNeighbours(List<AuthorityView> authorities) {
		return batches.lists(NeighbourQueries.NEIGHBOURS_OF, authorities, AuthorityView::code, value(AuthorityView::of));
	}
}
