/** The Neo4j the application runs in its own JVM when no external server is configured. */
@NamedInterface("embedded")
package uk.inspectiongraph.graph.embedded;

import org.springframework.modulith.NamedInterface;
