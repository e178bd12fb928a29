package uk.inspectiongraph.api.protection;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps the API's exceptions to GraphQL errors: unknown things to {@code NOT_FOUND}, arguments to
 * fix to {@code BAD_REQUEST}, a query the database stopped to {@code BAD_REQUEST} with the
 * advice to narrow it. Messages are written for the client; stack traces stay in the log.
 * Anything else falls through to Spring's {@code INTERNAL_ERROR}, which carries no detail.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	private final ApiProperties properties;

	GraphQlErrors(ApiProperties properties) {
		this.properties = properties;
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.NOT_FOUND, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.BAD_REQUEST, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError databaseFailure(DataAccessException ex, DataFetchingEnvironment environment) {
		if (isTimeout(ex)) {
			return error(environment, ErrorType.BAD_REQUEST, "The query ran longer than "
					+ properties.queryTimeout().toSeconds() + " s and was stopped: narrow it with from/to or where.");
		}
		log.error("Cypher failed for field {}", environment.getField().getName(), ex);
		return error(environment, ErrorType.INTERNAL_ERROR, "The database could not answer this field.");
	}

	static boolean isTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("TransactionTimedOut") || message.contains("timed out")
					|| message.contains("terminated")) {
				return true;
			}
		}
		return false;
	}

	private static GraphQLError error(DataFetchingEnvironment environment, ErrorType type, String message) {
		return GraphqlErrorBuilder.newError(environment).errorType(type).message(message).build();
	}
}
