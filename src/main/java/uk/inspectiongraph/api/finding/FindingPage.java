package uk.inspectiongraph.api.finding;

import java.util.List;

import graphql.relay.Connection;
import graphql.relay.Edge;
import graphql.relay.PageInfo;

import uk.inspectiongraph.api.scope.Scope;

/**
 * A page of findings as a Relay connection, the answer to {@code findings}; it keeps the filter
 * so that {@code totalCount} is counted only when asked for.
 *
 * @param edges the findings of the page with their cursors
 * @param pageInfo where the page stands
 * @param filter the filter the page was selected by
 */
record FindingPage(List<Edge<FindingView>> edges, PageInfo pageInfo, Filter filter) implements Connection<FindingView> {

	@Override
	public List<Edge<FindingView>> getEdges() {
		return edges;
	}

	@Override
	public PageInfo getPageInfo() {
		return pageInfo;
	}

	/** What selects the findings: the analyst scope and the finding kinds. */
	record Filter(Scope scope, List<String> kinds) {
	}
}
