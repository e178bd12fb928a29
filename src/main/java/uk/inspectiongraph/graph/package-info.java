/**
 * The graph: the embedded database, the schema migrations and reference data, and the write model
 * that turns a read document into nodes, relationships and roll-ups.
 */
@ApplicationModule(displayName = "Graph", allowedDependencies = { "domain", "reading", "reading :: gazetteer",
		"reading :: taxonomy", "reading :: meaning" })
package uk.inspectiongraph.graph;

import org.springframework.modulith.ApplicationModule;
