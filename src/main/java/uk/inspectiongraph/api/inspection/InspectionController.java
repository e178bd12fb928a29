package uk.inspectiongraph.api.inspection;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.document.DocumentView;
import uk.inspectiongraph.api.finding.FindingView;
import uk.inspectiongraph.api.people.PersonView;
import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.cypher.Batches;

/**
 * Resolves every field whose value is an event, a judgement, an inspection or an event report,
 * one batched statement per field and level of the query, whatever the number of parents.
 */
@Controller
class InspectionController {

	private final InspectionQueries queries;

	private final ApiProperties limits;

	InspectionController(InspectionQueries queries, ApiProperties limits) {
		this.queries = queries;
		this.limits = limits;
	}

	@QueryMapping
	List<EventView> latestEvents(@Argument Integer first) {
		return queries.latest(limits.pageSize(first));
	}

	@BatchMapping(typeName = "Authority", field = "events")
	Map<AuthorityView, List<EventView>> authorityEvents(List<AuthorityView> authorities) {
		return lists(authorities, AuthorityView::code, InspectionQueries.EVENTS_OF_AUTHORITIES, EventView::of);
	}

	@BatchMapping(typeName = "Authority", field = "judgements")
	Map<AuthorityView, List<JudgementView>> authorityJudgements(List<AuthorityView> authorities) {
		return lists(authorities, AuthorityView::code, InspectionQueries.JUDGEMENTS_OF_AUTHORITIES, JudgementView::of);
	}

	@BatchMapping(typeName = "Event", field = "judgements")
	Map<EventView, List<JudgementView>> eventJudgements(List<EventView> events) {
		return lists(events, EventView::key, InspectionQueries.JUDGEMENTS_OF_EVENTS, JudgementView::of);
	}

	@BatchMapping(typeName = "Event", field = "inspectors")
	Map<EventView, List<InspectionView>> eventInspectors(List<EventView> events) {
		return lists(events, EventView::key, InspectionQueries.INSPECTORS_OF_EVENTS, InspectionView::of);
	}

	@BatchMapping(typeName = "Person", field = "inspections")
	Map<PersonView, List<InspectionView>> personInspections(List<PersonView> people) {
		return lists(people, PersonView::key, InspectionQueries.INSPECTIONS_OF_PEOPLE, InspectionView::of);
	}

	@BatchMapping(typeName = "Document", field = "inspections")
	Map<DocumentView, List<InspectionView>> documentInspections(List<DocumentView> documents) {
		return lists(documents, DocumentView::hash, InspectionQueries.INSPECTIONS_IN_DOCUMENTS, InspectionView::of);
	}

	@BatchMapping(typeName = "Document", field = "judgements")
	Map<DocumentView, List<JudgementView>> documentJudgements(List<DocumentView> documents) {
		return lists(documents, DocumentView::hash, InspectionQueries.JUDGEMENTS_OF_DOCUMENTS, JudgementView::of);
	}

	@BatchMapping(typeName = "Document", field = "reports")
	Map<DocumentView, List<EventReportView>> documentReports(List<DocumentView> documents) {
		return Batches.lists(documents, DocumentView::hash, queries.reports(Batches.keys(documents, DocumentView::hash)));
	}

	@BatchMapping(typeName = "Judgement", field = "event")
	Map<JudgementView, EventView> judgementEvent(List<JudgementView> judgements) {
		return singles(judgements, JudgementView::eventKey);
	}

	@BatchMapping(typeName = "Finding", field = "event")
	Map<FindingView, EventView> findingEvent(List<FindingView> findings) {
		return singles(findings, FindingView::eventKey);
	}

	private <P> Map<P, EventView> singles(List<P> parents, Function<P, String> keyOf) {
		return Batches.singles(parents, keyOf,
				queries.batch(InspectionQueries.EVENTS_BY_KEY, Batches.keys(parents, keyOf), EventView::of));
	}

	private <P, V> Map<P, List<V>> lists(List<P> parents, Function<P, String> keyOf, String statement,
			Function<org.neo4j.driver.Value, V> mapper) {
		return Batches.lists(parents, keyOf, queries.batch(statement, Batches.keys(parents, keyOf), mapper));
	}
}
