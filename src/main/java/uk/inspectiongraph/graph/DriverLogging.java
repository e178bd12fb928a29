package uk.inspectiongraph.graph;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver logs through SLF4J, so at the application's own log levels. Left to its default,
 * the driver logs through the JDK's system logger, and each of its loggers decides once, when it is
 * made, whether debug is on; in this application it found it on, so the driver formatted every Bolt
 * message it sent into a debug line that was then dropped: every statement's parameters as text,
 * the 384 numbers of each vector the background embedding stores and of each question's vector
 * among them (about 30 % of what the process allocated during the background embedding, by an
 * allocation profile: see docs/benchmarks.md). SLF4J's loggers answer
 * with the configured levels ({@code org.neo4j.driver} at WARN, the rest at INFO), so the driver
 * formats only what it logs.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

	@Bean
	ConfigBuilderCustomizer driverLoggingThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}
}
