package uk.inspectiongraph.api.upload;

import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.protection.InvalidArgumentException;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code ingestHistory}: what was ingested when, and why a file was refused, for the analyst who
 * wonders whether last week's report made it into the graph. Newest first, filtered by outcome,
 * paged by {@code first} and {@code offset}.
 */
@Controller
class IngestHistoryController {

	private final IngestHistoryQueries queries;

	private final ApiProperties limits;

	IngestHistoryController(IngestHistoryQueries queries, ApiProperties limits) {
		this.queries = queries;
		this.limits = limits;
	}

	/** A page of the history and how many records match in all. */
	record IngestHistoryPage(String outcome, int first, int offset) {
	}

	@QueryMapping
	IngestHistoryPage ingestHistory(@Argument String outcome, @Argument Integer first, @Argument Integer offset) {
		int skip = offset == null ? 0 : offset;
		if (skip < 0) {
			throw new InvalidArgumentException("offset must be 0 or more: the number of newest records to skip.");
		}
		return new IngestHistoryPage(outcome, limits.pageSize(first), skip);
	}

	@SchemaMapping(typeName = "IngestHistory")
	List<IngestRecordView> records(IngestHistoryPage page) {
		return queries.records(page.outcome(), page.first(), page.offset());
	}

	@SchemaMapping(typeName = "IngestHistory")
	int totalCount(IngestHistoryPage page) {
		return queries.count(page.outcome());
	}
}
