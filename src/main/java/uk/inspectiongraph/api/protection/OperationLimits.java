package uk.inspectiongraph.api.protection;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

/**
 * Instrumentations that act only before an operation runs (its validation and the start of its
 * execution, as graphql-java's depth and complexity limits do), chained for those steps only.
 * Every per-field step is the no-op of {@link SimplePerformantInstrumentation}, so large answers
 * pay nothing per field, where a plain {@link ChainedInstrumentation} asks each member about
 * each field. Give it only instrumentations that override none of the field steps.
 */
final class OperationLimits extends SimplePerformantInstrumentation {

	private final ChainedInstrumentation chain;

	OperationLimits(List<Instrumentation> limits) {
		this.chain = new ChainedInstrumentation(limits);
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return chain.createStateAsync(parameters);
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		return chain.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		return chain.beginExecuteOperation(parameters, state);
	}
}
