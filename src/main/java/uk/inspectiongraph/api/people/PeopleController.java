package uk.inspectiongraph.api.people;

import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.PersonKeys;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.scope.ScopeInput;
import uk.inspectiongraph.api.scope.Scopes;
import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.document.DocumentView;
import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.api.protection.NotFoundException;

import static uk.inspectiongraph.api.cypher.BatchReader.value;

/**
 * Answers the questions about people: a person by name, a search of names, the inspectors and
 * the authorities they visited; and resolves the roles of people, authorities and documents and
 * the person of a role, each one batched statement per level.
 */
@Controller
class PeopleController {

	private final PeopleQueries queries;

	private final BatchReader batches;

	private final Scopes scopes;

	private final ApiProperties properties;

	PeopleController(PeopleQueries queries, BatchReader batches, Scopes scopes, ApiProperties properties) {
		this.queries = queries;
		this.batches = batches;
		this.scopes = scopes;
		this.properties = properties;
	}

	@QueryMapping
	PersonView person(@Argument String name, DataFetchingEnvironment environment) {
		String key = PersonKeys.of(name);
		if (key.isEmpty()) {
			throw new InvalidArgumentException("Give a person's name, e.g. person(name: \"Nigel Minns\").");
		}
		boolean visits = environment.getSelectionSet().contains("inspections");
		return (visits ? queries.withInspections(key) : queries.byKey(key)).orElseThrow(() -> new NotFoundException("No person named '" + name
				+ "' is in the graph: search for part of the name with `people(search: ...)`."));
	}

	@QueryMapping
	List<PersonView> people(@Argument String search, @Argument Boolean inspectorsOnly, @Argument Integer first) {
		String text = PersonKeys.of(search);
		if (text.length() < 2) {
			throw new InvalidArgumentException("search must hold at least two letters of a name (was '" + search + "').");
		}
		return queries.search(text, Boolean.TRUE.equals(inspectorsOnly), properties.pageSize(first));
	}

	/**
	 * The inspectors of the events in scope; each listed person carries the scope, so that their
	 * {@code themesRaised} counts the visits listed, not every visit the person made.
	 */
	@QueryMapping
	List<InspectorActivity> inspectors(@Argument Integer from, @Argument Integer to, @Argument ScopeInput where,
			@Argument Integer limit, @Argument List<FindingKind> findingKinds) {
		InvalidArgumentException.requireNotNegative("limit", limit);
		return queries.inspectors(scopes.of(from, to, null, findingKinds, where), limit);
	}

	@BatchMapping(typeName = "Person", field = "roles")
	Map<PersonView, List<RoleView>> personRoles(List<PersonView> people) {
		return batches.lists(PeopleQueries.ROLES_OF_PEOPLE, people, PersonView::key, value(RoleView::of));
	}

	@BatchMapping(typeName = "Authority", field = "roles")
	Map<AuthorityView, List<RoleView>> authorityRoles(List<AuthorityView> authorities) {
		return batches.lists(PeopleQueries.ROLES_AT_AUTHORITIES, authorities, AuthorityView::code, value(RoleView::of));
	}

	@BatchMapping(typeName = "Document", field = "roles")
	Map<DocumentView, List<RoleView>> documentRoles(List<DocumentView> documents) {
		return batches.lists(PeopleQueries.ROLES_IN_DOCUMENTS, documents, DocumentView::hash, value(RoleView::of));
	}

	@BatchMapping(typeName = "Role", field = "person")
	Map<RoleView, PersonView> rolePerson(List<RoleView> roles) {
		return batches.singles(PeopleQueries.PEOPLE_BY_KEY, roles, RoleView::personKey, value(PersonView::of));
	}
}
