package uk.inspectiongraph.api.document;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.finding.FindingView;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.inspection.InspectionView;
import uk.inspectiongraph.api.inspection.JudgementView;
import uk.inspectiongraph.api.people.PersonView;
import uk.inspectiongraph.api.people.RoleView;
import uk.inspectiongraph.api.cypher.Batches;
import uk.inspectiongraph.api.protection.NotFoundException;

/**
 * Answers {@code document} and {@code documents}, and resolves provenance: the document every
 * finding, judgement, role and inspection was stated in, the documents of events, authorities and
 * people, a document's text, and the copies recorded of one publication, each one batched
 * statement per field and level.
 */
@Controller
class DocumentController {

	private final DocumentQueries queries;

	DocumentController(DocumentQueries queries) {
		this.queries = queries;
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
		return Batches.singles(documents, DocumentView::hash, queries.texts(Batches.keys(documents, DocumentView::hash)));
	}

	@BatchMapping(typeName = "Document", field = "copyOf")
	Map<DocumentView, DocumentView> copyOf(List<DocumentView> documents) {
		return byHash(documents, DocumentView::copyOfHash);
	}

	@BatchMapping(typeName = "Document", field = "copies")
	Map<DocumentView, List<DocumentView>> copies(List<DocumentView> documents) {
		return lists(documents, DocumentView::hash, DocumentQueries.COPIES_OF_DOCUMENTS);
	}

	@BatchMapping(typeName = "Finding", field = "document")
	Map<FindingView, DocumentView> findingDocument(List<FindingView> findings) {
		return byHash(findings, FindingView::documentHash);
	}

	@BatchMapping(typeName = "Judgement", field = "document")
	Map<JudgementView, DocumentView> judgementDocument(List<JudgementView> judgements) {
		return byHash(judgements, JudgementView::documentHash);
	}

	@BatchMapping(typeName = "Role", field = "document")
	Map<RoleView, DocumentView> roleDocument(List<RoleView> roles) {
		return byHash(roles, RoleView::documentHash);
	}

	@BatchMapping(typeName = "Inspection", field = "document")
	Map<InspectionView, DocumentView> inspectionDocument(List<InspectionView> inspections) {
		return byHash(inspections, InspectionView::documentHash);
	}

	@BatchMapping(typeName = "Event", field = "documents")
	Map<EventView, List<DocumentView>> eventDocuments(List<EventView> events) {
		return lists(events, EventView::key, DocumentQueries.DOCUMENTS_OF_EVENTS);
	}

	@BatchMapping(typeName = "Authority", field = "documents")
	Map<AuthorityView, List<DocumentView>> authorityDocuments(List<AuthorityView> authorities) {
		return lists(authorities, AuthorityView::code, DocumentQueries.DOCUMENTS_OF_AUTHORITIES);
	}

	@BatchMapping(typeName = "Person", field = "documents")
	Map<PersonView, List<DocumentView>> personDocuments(List<PersonView> people) {
		return lists(people, PersonView::key, DocumentQueries.DOCUMENTS_OF_PEOPLE);
	}

	private <P> Map<P, DocumentView> byHash(List<P> parents, Function<P, String> hashOf) {
		return Batches.singles(parents, hashOf,
				queries.documents(DocumentQueries.DOCUMENTS_BY_HASH, Batches.keys(parents, hashOf)));
	}

	private <P> Map<P, List<DocumentView>> lists(List<P> parents, Function<P, String> keyOf, String statement) {
		return Batches.lists(parents, keyOf, queries.documents(statement, Batches.keys(parents, keyOf)));
	}
}
