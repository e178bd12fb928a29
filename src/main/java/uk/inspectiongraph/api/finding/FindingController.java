package uk.inspectiongraph.api.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.relay.Connection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.relay.PageInfo;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.scope.ScopeInput;
import uk.inspectiongraph.api.scope.Scopes;
import uk.inspectiongraph.api.document.DocumentView;
import uk.inspectiongraph.domain.Polarity;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.cypher.BatchReader;

import static uk.inspectiongraph.api.cypher.BatchReader.value;

/**
 * Answers {@code findings}: findings filtered by every analyst filter, as a Relay connection
 * with a default and a maximum page size; and resolves the findings of events and documents in
 * batches. The page is one statement whatever its size; its total is another, run only when asked.
 */
@Controller
class FindingController {

	private final FindingQueries queries;

	private final BatchReader batches;

	private final Scopes scopes;

	private final ApiProperties properties;

	FindingController(FindingQueries queries, BatchReader batches, Scopes scopes, ApiProperties properties) {
		this.queries = queries;
		this.batches = batches;
		this.scopes = scopes;
		this.properties = properties;
	}

	@QueryMapping
	FindingPage findings(@Argument Integer first, @Argument String after, @Argument Integer from, @Argument Integer to,
			@Argument Polarity polarity, @Argument List<String> kinds, @Argument ScopeInput where) {
		int size = properties.pageSize(first);
		int offset = Cursors.offsetAfter(after);
		FindingPage.Filter filter = new FindingPage.Filter(scopes.of(from, to, polarity, where), kinds);
		List<FindingView> found = queries.page(filter, offset, size + 1);
		List<Edge<FindingView>> edges = new ArrayList<>();
		for (int i = 0; i < Math.min(size, found.size()); i++) {
			edges.add(new DefaultEdge<>(found.get(i), new DefaultConnectionCursor(Cursors.of(offset + i))));
		}
		PageInfo pageInfo = new DefaultPageInfo(edges.isEmpty() ? null : edges.get(0).getCursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor(), offset > 0, found.size() > size);
		return new FindingPage(edges, pageInfo, filter);
	}

	/** The total of a page's filter; a connection Spring substituted for a failed field counts nothing. */
	@SchemaMapping(typeName = "FindingConnection")
	int totalCount(Connection<?> connection) {
		return connection instanceof FindingPage page ? queries.count(page.filter()) : 0;
	}

	@BatchMapping(typeName = "Event", field = "findings")
	Map<EventView, List<FindingView>> eventFindings(List<EventView> events) {
		return batches.lists(FindingQueries.FINDINGS_OF_EVENTS, events, EventView::key, value(FindingView::of));
	}

	@BatchMapping(typeName = "Document", field = "findings")
	Map<DocumentView, List<FindingView>> documentFindings(List<DocumentView> documents) {
		return batches.lists(FindingQueries.FINDINGS_OF_DOCUMENTS, documents, DocumentView::hash,
				value(FindingView::of));
	}
}
