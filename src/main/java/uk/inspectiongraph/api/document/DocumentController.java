package uk.inspectiongraph.api.document;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.upload.IngestRecordView;
import uk.inspectiongraph.api.finding.FindingView;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.inspection.InspectionView;
import uk.inspectiongraph.api.inspection.JudgementView;
import uk.inspectiongraph.api.people.PersonView;
import uk.inspectiongraph.api.people.RoleView;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.cypher.Rows;
import uk.inspectiongraph.api.protection.NotFoundException;

import static uk.inspectiongraph.api.cypher.BatchReader.value;

/**
 * Answers {@code document} and {@code documents}, and resolves provenance: the document every
 * finding, judgement, role and inspection was stated in, the documents of events, authorities and
 * people, a document's text, and the copies recorded of one publication, each one batched
 * statement per field and level.
 */
@Controller
class DocumentController {

	private final DocumentQueries queries;

	private final BatchReader batches;

	DocumentController(DocumentQueries queries, BatchReader batches) {
		this.queries = queries;
		this.batches = batches;
	}

	@QueryMapping
	DocumentView document(@Argument String hash) {
		return queries.byHash(hash).orElseThrow(() -> new NotFoundException("No document with hash '" + hash
				+ "' is in the graph: list documents with `documents` or find one with `search`."));
	}

	@QueryMapping
	List<DocumentView> documents(@Argument String authority, @Argument List<String> kinds) {
		return queries.list(authority, kinds);
	}

	@BatchMapping(typeName = "Document", field = "text")
	Map<DocumentView, String> text(List<DocumentView> documents) {
		return batches.singles(DocumentQueries.TEXTS_BY_HASH, documents, DocumentView::hash, value(Rows::text));
	}

	@BatchMapping(typeName = "Document", field = "copyOf")
	Map<DocumentView, DocumentView> copyOf(List<DocumentView> documents) {
		return batches.singles(DocumentQueries.DOCUMENTS_BY_HASH, documents, DocumentView::copyOfHash,
				value(DocumentView::of));
	}

	@BatchMapping(typeName = "Document", field = "copies")
	Map<DocumentView, List<DocumentView>> copies(List<DocumentView> documents) {
		return batches.lists(DocumentQueries.COPIES_OF_DOCUMENTS, documents, DocumentView::hash,
				value(DocumentView::of));
	}

	@BatchMapping(typeName = "Finding", field = "document")
	Map<FindingView, DocumentView> findingDocument(List<FindingView> findings) {
		return batches.singles(DocumentQueries.DOCUMENTS_BY_HASH, findings, FindingView::documentHash,
				value(DocumentView::of));
	}

	@BatchMapping(typeName = "IngestRecord", field = "document")
	Map<IngestRecordView, DocumentView> ingestRecordDocument(List<IngestRecordView> records) {
		return batches.singles(DocumentQueries.DOCUMENTS_BY_HASH, records, IngestRecordView::hash,
				value(DocumentView::of));
	}

	@BatchMapping(typeName = "Judgement", field = "document")
	Map<JudgementView, DocumentView> judgementDocument(List<JudgementView> judgements) {
		return batches.singles(DocumentQueries.DOCUMENTS_BY_HASH, judgements, JudgementView::documentHash,
				value(DocumentView::of));
	}

	@BatchMapping(typeName = "Role", field = "document")
	Map<RoleView, DocumentView> roleDocument(List<RoleView> roles) {
		return batches.singles(DocumentQueries.DOCUMENTS_BY_HASH, roles, RoleView::documentHash,
				value(DocumentView::of));
	}

	@BatchMapping(typeName = "Inspection", field = "document")
	Map<InspectionView, DocumentView> inspectionDocument(List<InspectionView> inspections) {
		return batches.singles(DocumentQueries.DOCUMENTS_BY_HASH, inspections, InspectionView::documentHash,
				value(DocumentView::of));
	}

	@BatchMapping(typeName = "Event", field = "documents")
	Map<EventView, List<DocumentView>> eventDocuments(List<EventView> events) {
		return batches.lists(DocumentQueries.DOCUMENTS_OF_EVENTS, events, EventView::key, value(DocumentView::of));
	}

	@BatchMapping(typeName = "Authority", field = "documents")
	Map<AuthorityView, List<DocumentView>> authorityDocuments(List<AuthorityView> authorities) {
		return batches.lists(DocumentQueries.DOCUMENTS_OF_AUTHORITIES, authorities, AuthorityView::code,
				value(DocumentView::of));
	}

	@BatchMapping(typeName = "Person", field = "documents")
	Map<PersonView, List<DocumentView>> personDocuments(List<PersonView> people) {
		return batches.lists(DocumentQueries.DOCUMENTS_OF_PEOPLE, people, PersonView::key, value(DocumentView::of));
	}
}
