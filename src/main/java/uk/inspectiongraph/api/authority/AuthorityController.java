package uk.inspectiongraph.api.authority;

import uk.inspectiongraph.reading.gazetteer.Authority;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.document.DocumentView;
import uk.inspectiongraph.api.finding.FindingView;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.people.PersonView;
import uk.inspectiongraph.api.people.RoleView;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.api.protection.NotFoundException;

import static uk.inspectiongraph.api.cypher.BatchReader.value;

/**
 * Answers {@code authority} (the entry to an authority's profile) and {@code authorities}, and
 * resolves every field whose value is an authority, one batched statement per field and level.
 */
@Controller
class AuthorityController {

	private final AuthorityQueries queries;

	private final BatchReader batches;

	private final Gazetteer gazetteer;

	AuthorityController(AuthorityQueries queries, BatchReader batches, Gazetteer gazetteer) {
		this.queries = queries;
		this.batches = batches;
		this.gazetteer = gazetteer;
	}

	@QueryMapping
	AuthorityView authority(@Argument String name, @Argument String code, DataFetchingEnvironment environment) {
		if (isBlank(name) && isBlank(code)) {
			throw new InvalidArgumentException("Give the authority's name or its ONS code, e.g. "
					+ "authority(name: \"Warwickshire\") or authority(code: \"E10000031\").");
		}
		String resolvedCode = isBlank(code) ? gazetteer.resolve(name).map(Authority::code).orElse(null) : code;
		return find(resolvedCode == null ? name : null, resolvedCode, environment).orElseThrow(
				() -> new NotFoundException("No authority " + (isBlank(code) ? "named '" + name + "'" : "with code '" + code + "'")
						+ " is in the graph: check the spelling, or list them with `authorities`."));
	}

	/** The authority; when the query asks for its events, with their tree read in the same statement. */
	private Optional<AuthorityView> find(String name, String code, DataFetchingEnvironment environment) {
		return environment.getSelectionSet().contains("events") ? queries.withEvents(name, code)
				: queries.byNameOrCode(name, code);
	}

	@QueryMapping
	List<AuthorityView> authorities(@Argument List<String> regions, @Argument List<String> authorityTypes) {
		return queries.list(regions, authorityTypes);
	}

	@BatchMapping(typeName = "Event", field = "authority")
	Map<EventView, AuthorityView> eventAuthority(List<EventView> events) {
		return batches.singles(AuthorityQueries.AUTHORITY_OF_EVENTS, events, EventView::key, value(AuthorityView::of));
	}

	@BatchMapping(typeName = "Document", field = "authority")
	Map<DocumentView, AuthorityView> documentAuthority(List<DocumentView> documents) {
		return batches.singles(AuthorityQueries.AUTHORITY_OF_DOCUMENTS, documents, DocumentView::hash,
				value(AuthorityView::of));
	}

	@BatchMapping(typeName = "Role", field = "authority")
	Map<RoleView, AuthorityView> roleAuthority(List<RoleView> roles) {
		return batches.singles(AuthorityQueries.AUTHORITY_OF_ROLES, roles, RoleView::id, value(AuthorityView::of));
	}

	@BatchMapping(typeName = "Finding", field = "authority")
	Map<FindingView, AuthorityView> findingAuthority(List<FindingView> findings) {
		return batches.singles(AuthorityQueries.AUTHORITY_OF_FINDINGS, findings, FindingView::id,
				value(AuthorityView::of));
	}

	@BatchMapping(typeName = "Person", field = "authoritiesVisited")
	Map<PersonView, List<AuthorityView>> authoritiesVisited(List<PersonView> people) {
		return batches.lists(AuthorityQueries.AUTHORITIES_VISITED_BY, people, PersonView::key,
				value(AuthorityView::of));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
