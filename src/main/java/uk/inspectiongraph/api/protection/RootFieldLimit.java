package uk.inspectiongraph.api.protection;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses an operation with more top-level fields than {@code inspection-graph.api.max-root-fields},
 * aliases and fragments included, before any of them runs. Each top-level field is a question of
 * its own with its own statements, so a thousand aliases of a cheap field are a thousand
 * questions: the complexity limit, which counts fields, lets them through.
 */
final class RootFieldLimit extends SimplePerformantInstrumentation {

	private final int maxRootFields;

	RootFieldLimit(int maxRootFields) {
		this.maxRootFields = maxRootFields;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		int count = rootFields(parameters.getExecutionContext());
		if (count > maxRootFields) {
			throw new AbortExecutionException("This operation asks for " + count + " top-level fields; at most "
					+ maxRootFields + " are allowed in one request: split it into several requests.");
		}
		return SimpleInstrumentationContext.noOp();
	}

	static int rootFields(ExecutionContext context) {
		AtomicInteger count = new AtomicInteger();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitPreOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment environment) {
					if (environment.getParentEnvironment() == null && !environment.isTypeNameIntrospectionField()) {
						count.incrementAndGet();
					}
				}
			});
		return count.get();
	}
}
