package uk.inspectiongraph.api.cypher;

import uk.inspectiongraph.api.protection.ApiProperties;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs every statement of one GraphQL query in one read-only transaction: opened when the
 * operation starts executing, rolled back (nothing was written) when its answer is complete. The
 * API's data fetchers and batch loaders run on the thread that executes the request, so
 * {@link CypherReader}'s transactions join this one rather than each beginning and ending its own.
 * The transaction's timeout is the request's budget ({@code inspection-graph.api.request-budget}).
 * Mutations are left alone: they write in transactions of their own.
 */
@Component
public class RequestReads extends SimplePerformantInstrumentation {

	private static final Log logger = LogFactory.getLog(RequestReads.class);

	private final PlatformTransactionManager transactions;

	private final DefaultTransactionDefinition definition;

	/** Without a transaction manager (a controller slice with no database) queries run as they are. */
	RequestReads(ObjectProvider<PlatformTransactionManager> transactions, ApiProperties properties) {
		this.transactions = transactions.getIfAvailable();
		this.definition = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
		this.definition.setReadOnly(true);
		this.definition.setTimeout((int) Math.max(1, properties.requestBudget().toSeconds()));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		if (transactions == null || operation.getOperation() != OperationDefinition.Operation.QUERY
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return SimpleInstrumentationContext.noOp();
		}
		TransactionStatus status = transactions.getTransaction(definition);
		Primed.open();
		Thread thread = Thread.currentThread();
		return SimpleInstrumentationContext.whenCompleted((result, error) -> end(status, thread));
	}

	private void end(TransactionStatus status, Thread thread) {
		if (Thread.currentThread() != thread) {
			logger.warn("A GraphQL query completed on another thread than it started on; its read transaction "
					+ "stays open on " + thread.getName());
			return;
		}
		Primed.close();
		transactions.rollback(status);
	}
}
