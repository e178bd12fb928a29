package uk.inspectiongraph.api.document;

import java.util.Base64;
import java.util.List;

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
import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.api.protection.NotFoundException;
import uk.inspectiongraph.api.theme.ThemeCatalog;

/**
 * The editor's mutations, through the one ingestion pipeline: ingest a document, reindex every
 * document, delete a document with everything derived from it. Each needs the EDITOR role. A
 * document that cannot be read, or costs more to read than the reading limits allow, is a FAILED
 * outcome with its reason; one that found every reader busy is an {@code UNAVAILABLE} error.
 */
@Controller
class DocumentMutations {

	private final IngestService ingest;

	private final DocumentQueries queries;

	private final ThemeCatalog themes;

	DocumentMutations(IngestService ingest, DocumentQueries queries, ThemeCatalog themes) {
		this.ingest = ingest;
		this.queries = queries;
		this.themes = themes;
	}

	/** What happened to an ingested document; {@code copyOfHash} names the document a copy is a copy of. */
	record Outcome(String file, String status, String hash, String reason, String copyOfHash, List<String> warnings) {
	}

	/** The outcome of reindexing. */
	record Summary(int documentCount, long ingested, long failed, double elapsedMillis, String summary) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Outcome ingestDocument(@Argument String fileName, @Argument String contentBase64) {
		DocumentOutcome outcome = ingest.ingest(fileName, () -> decode(contentBase64));
		return new Outcome(outcome.file(), outcome.status().name(), outcome.contentHash(), outcome.reason(),
				outcome.copyOf() == null ? null : outcome.copyOf().hash(), outcome.warnings());
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
		themes.refresh();
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
	DocumentView document(Outcome outcome) {
		return outcome.hash() == null || "FAILED".equals(outcome.status()) ? null
				: queries.byHash(outcome.hash()).orElse(null);
	}

	@SchemaMapping(typeName = "DocumentOutcome")
	DocumentView copyOf(Outcome outcome) {
		return outcome.copyOfHash() == null ? null : queries.byHash(outcome.copyOfHash()).orElse(null);
	}
}
