package uk.inspectiongraph.api.protection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the parsed and validated form of the last few hundred GraphQL documents, so that a
 * dashboard asking the same questions again pays neither parsing nor validation. Depth and
 * complexity limits still apply: they are checked when each operation executes.
 */
@Configuration(proxyBeanMethods = false)
class PreparsedDocuments {

	private static final int CAPACITY = 500;

	@Bean
	GraphQlSourceBuilderCustomizer preparsedDocumentCache() {
		PreparsedDocumentProvider cache = new Cache();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	/** A least-recently-used map from a document's text to its parsed, validated form. */
	private static final class Cache implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> entries = Collections.synchronizedMap(
				new LinkedHashMap<>(64, 0.75f, true) {
					@Override
					protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
						return size() > CAPACITY;
					}
				});

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			PreparsedDocumentEntry entry = entries.get(input.getQuery());
			if (entry == null) {
				entry = parseAndValidate.apply(input);
				if (!entry.hasErrors()) {
					entries.put(input.getQuery(), entry);
				}
			}
			return CompletableFuture.completedFuture(entry);
		}
	}
}
