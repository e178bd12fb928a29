package uk.inspectiongraph.api.document;

import java.security.Principal;
import java.util.Base64;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.ingest.DocumentOutcome;
import uk.inspectiongraph.ingest.IngestReport;
import uk.inspectiongraph.ingest.IngestService;
import uk.inspectiongraph.ingest.ReadingBusyException;
import uk.inspectiongraph.ingest.Requester;
import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.api.protection.NotFoundException;

/**
 * The editor's mutations, through the one ingestion pipeline: ingest a document, reindex every
 * document, delete a document with everything derived from it. Each needs the EDITOR role. An
 * ingested document's answer is the ingestion's own {@link DocumentOutcome}, the same the upload
 * endpoint sends as JSON: its status is the name of its {@link DocumentOutcome.Status}, its
 * {@code hash} the content hash, and the documents it names are read from the graph. A document
 * that cannot be read, or costs more to read than the reading limits allow, is a FAILED outcome
 * with its reason; one that found every reader busy is an {@code UNAVAILABLE} error.
 */
@Controller
class DocumentMutations {

	private final IngestService ingest;

	private final DocumentQueries queries;

	DocumentMutations(IngestService ingest, DocumentQueries queries) {
		this.ingest = ingest;
		this.queries = queries;
	}

	/** The outcome of reindexing. */
	record Summary(int documentCount, long ingested, long failed, double elapsedMillis, String summary) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DocumentOutcome ingestDocument(@Argument String fileName, @Argument String contentBase64, Principal editor) {
		return ingest.ingest(fileName, () -> decode(contentBase64),
				new Requester(Requester.Door.GRAPHQL, editor == null ? "anonymous" : editor.getName()));
	}

	private static byte[] decode(String contentBase64) {
		try {
			return Base64.getMimeDecoder().decode(contentBase64);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("contentBase64 is not base64: encode the file's bytes, e.g. `base64 -w0 file.pdf`.");
		}
	}

	@GraphQlExceptionHandler
	GraphQLError busy(ReadingBusyException ex, DataFetchingEnvironment environment) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorClassification.errorClassification("UNAVAILABLE"))
			.message(ex.getMessage())
			.build();
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Summary reindex() {
		IngestReport report = ingest.reindex();
		return new Summary(report.outcomes().size(), report.count(DocumentOutcome.Status.INGESTED),
				report.count(DocumentOutcome.Status.FAILED), report.elapsedMillis(), report.summary());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	boolean deleteDocument(@Argument String hash) {
		if (!ingest.delete(hash)) {
			throw new NotFoundException("No document with hash '" + hash + "' is in the graph: nothing was deleted.");
		}
		return true;
	}

	@SchemaMapping(typeName = "DocumentOutcome")
	String hash(DocumentOutcome outcome) {
		return outcome.contentHash();
	}

	@SchemaMapping(typeName = "DocumentOutcome")
	DocumentView document(DocumentOutcome outcome) {
		return outcome.contentHash() == null || outcome.status() == DocumentOutcome.Status.FAILED ? null
				: queries.byHash(outcome.contentHash()).orElse(null);
	}

	@SchemaMapping(typeName = "DocumentOutcome")
	DocumentView copyOf(DocumentOutcome outcome) {
		return outcome.copyOf() == null ? null : queries.byHash(outcome.copyOf().hash()).orElse(null);
	}
}
