package uk.inspectiongraph.api.protection;

import java.util.List;

import uk.inspectiongraph.api.cypher.RequestReads;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guards the API against queries too deep, too large or too wide, limits from
 * {@code inspection-graph.api.max-depth}, {@code max-complexity} and {@code max-root-fields}. A field costs one plus its
 * children, multiplied by its {@code first} page size when it has one. Introspection queries,
 * which GraphiQL sends and which are deep by nature, are exempt.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlProtection {

	/**
	 * Installs the limits as the only instrumentation, not as {@code Instrumentation} beans: Spring
	 * would chain those, and a chain is asked about every field of every answer (tens of thousands
	 * for themePersistence) although neither limit looks at fields once the operation has started.
	 * The store of what the operation's statements read ahead ({@link RequestReads}) comes last, so
	 * that it opens only for an operation the limits let through.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer graphQlLimits(ApiProperties properties, RequestReads reads) {
		Instrumentation limits = new OperationLimits(List.of(maxQueryDepth(properties), maxQueryComplexity(properties),
				new RootFieldLimit(properties.maxRootFields()), reads));
		return builder -> builder.configureGraphQl(graphQl -> graphQl.instrumentation(limits));
	}

	static MaxQueryDepthInstrumentation maxQueryDepth(ApiProperties properties) {
		return new MaxQueryDepthInstrumentation(properties.maxDepth()) {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}
		};
	}

	static MaxQueryComplexityInstrumentation maxQueryComplexity(ApiProperties properties) {
		return new MaxQueryComplexityInstrumentation(properties.maxComplexity(), pageWeighted()) {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}
		};
	}

	static FieldComplexityCalculator pageWeighted() {
		return (environment, childComplexity) -> {
			Object first = environment.getArguments().get("first");
			int pageSize = first instanceof Integer size && size > 1 ? size : 1;
			return (1 + childComplexity) * pageSize;
		};
	}

	static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}
}
