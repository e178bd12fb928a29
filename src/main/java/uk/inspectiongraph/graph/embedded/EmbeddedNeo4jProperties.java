package uk.inspectiongraph.graph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j that starts when no external database is configured
 * ({@code spring.neo4j.uri} unset).
 *
 * @param dataDirectory where the database keeps its files
 * @param boltHost the address Bolt listens on; loopback only unless {@code allowRemoteBolt}
 * @param boltPort the Bolt port (0 picks a free one)
 * @param allowRemoteBolt let Bolt listen on a non-loopback address
 * @param pageCache the page cache size, in Neo4j's notation ("128m")
 * @param password the Bolt password of user {@code neo4j}; unset, one is generated on the first start
 *     into {@code neo4j-password} in the data directory (readable by its owner only)
 */
@ConfigurationProperties("inspection-graph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDirectory,
		@DefaultValue("localhost") String boltHost, @DefaultValue("7687") int boltPort,
		@DefaultValue("false") boolean allowRemoteBolt, @DefaultValue("128m") String pageCache,
		String password) {
}
