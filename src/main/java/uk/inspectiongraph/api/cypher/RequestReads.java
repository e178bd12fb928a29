package uk.inspectiongraph.api.cypher;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import org.springframework.stereotype.Component;

/**
 * Scopes what a GraphQL operation's statements read ahead ({@link Primed}) to that operation: a
 * statement that answers a whole tree leaves the children there for the batched fields below it,
 * and the store is dropped when the answer is complete. It opens no transaction: each statement is
 * an auto-commit read ({@link CypherReader}), which costs one round trip to the database where a
 * transaction around the request costs two more. The store is kept per thread, as the API's data
 * fetchers and batch loaders run on the thread that executes the request; when an operation ends
 * on another thread, the store is cleared there and left to the starting thread's next operation,
 * which replaces it.
 */
@Component
public class RequestReads extends SimplePerformantInstrumentation {

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		Primed.open();
		return SimpleInstrumentationContext.whenCompleted((result, error) -> Primed.close());
	}
}
