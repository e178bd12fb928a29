package uk.inspectiongraph.api.inspection;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.document.DocumentView;
import uk.inspectiongraph.api.finding.FindingView;
import uk.inspectiongraph.api.people.PersonView;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.protection.ApiProperties;

import static uk.inspectiongraph.api.cypher.BatchReader.value;

/**
 * Resolves every field whose value is an event, a judgement, an outcome, a partnership, an
 * inspection or an event report,
 * one batched statement per field and level of the query, whatever the number of parents.
 */
@Controller
class InspectionController {

	private final InspectionQueries queries;

	private final BatchReader batches;

	private final ApiProperties limits;

	InspectionController(InspectionQueries queries, BatchReader batches, ApiProperties limits) {
		this.queries = queries;
		this.batches = batches;
		this.limits = limits;
	}

	@QueryMapping
	List<EventView> latestEvents(@Argument Integer first) {
		return queries.latest(limits.pageSize(first));
	}

	@BatchMapping(typeName = "Authority", field = "events")
	Map<AuthorityView, List<EventView>> authorityEvents(List<AuthorityView> authorities) {
		return batches.lists(InspectionQueries.EVENTS_OF_AUTHORITIES, authorities, AuthorityView::code,
				value(EventView::of));
	}

	@BatchMapping(typeName = "Authority", field = "judgements")
	Map<AuthorityView, List<JudgementView>> authorityJudgements(List<AuthorityView> authorities) {
		return batches.lists(InspectionQueries.JUDGEMENTS_OF_AUTHORITIES, authorities, AuthorityView::code,
				value(JudgementView::of));
	}

	@BatchMapping(typeName = "Event", field = "judgements")
	Map<EventView, List<JudgementView>> eventJudgements(List<EventView> events) {
		return batches.lists(InspectionQueries.JUDGEMENTS_OF_EVENTS, events, EventView::key, value(JudgementView::of));
	}

	@BatchMapping(typeName = "Event", field = "outcome")
	Map<EventView, OutcomeView> eventOutcome(List<EventView> events) {
		return batches.singles(InspectionQueries.OUTCOMES_OF_EVENTS, events, EventView::key, value(OutcomeView::of));
	}

	@BatchMapping(typeName = "Event", field = "partnership")
	Map<EventView, PartnershipView> eventPartnership(List<EventView> events) {
		return batches.singles(InspectionQueries.PARTNERSHIPS_OF_EVENTS, events, EventView::key,
				value(PartnershipView::of));
	}

	@BatchMapping(typeName = "Event", field = "inspectors")
	Map<EventView, List<InspectionView>> eventInspectors(List<EventView> events) {
		return batches.lists(InspectionQueries.INSPECTORS_OF_EVENTS, events, EventView::key, value(InspectionView::of));
	}

	@BatchMapping(typeName = "Person", field = "inspections")
	Map<PersonView, List<InspectionView>> personInspections(List<PersonView> people) {
		return batches.lists(InspectionQueries.INSPECTIONS_OF_PEOPLE, people, PersonView::key,
				value(InspectionView::of));
	}

	@BatchMapping(typeName = "Document", field = "inspections")
	Map<DocumentView, List<InspectionView>> documentInspections(List<DocumentView> documents) {
		return batches.lists(InspectionQueries.INSPECTIONS_IN_DOCUMENTS, documents, DocumentView::hash,
				value(InspectionView::of));
	}

	@BatchMapping(typeName = "Document", field = "judgements")
	Map<DocumentView, List<JudgementView>> documentJudgements(List<DocumentView> documents) {
		return batches.lists(InspectionQueries.JUDGEMENTS_OF_DOCUMENTS, documents, DocumentView::hash,
				value(JudgementView::of));
	}

	@BatchMapping(typeName = "Document", field = "reports")
	Map<DocumentView, List<EventReportView>> documentReports(List<DocumentView> documents) {
		return batches.lists(InspectionQueries.REPORTS_OF_DOCUMENTS, documents, DocumentView::hash,
				EventReportView::of);
	}

	@BatchMapping(typeName = "Judgement", field = "event")
	Map<JudgementView, EventView> judgementEvent(List<JudgementView> judgements) {
		return batches.singles(InspectionQueries.EVENTS_BY_KEY, judgements, JudgementView::eventKey,
				value(EventView::of));
	}

	@BatchMapping(typeName = "Finding", field = "event")
	Map<FindingView, EventView> findingEvent(List<FindingView> findings) {
		return batches.singles(InspectionQueries.EVENTS_BY_KEY, findings, FindingView::eventKey, value(EventView::of));
	}
}
