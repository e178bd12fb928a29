/**
 * Ingesting documents: one service behind every door (command line, upload, GraphQL, the demo
 * seed) that reads a file, decides whether it is new, unchanged or a copy, and writes it.
 */
@ApplicationModule(displayName = "Ingest", allowedDependencies = { "domain", "reading", "reading :: gazetteer",
		"reading :: taxonomy", "graph :: write" })
package uk.inspectiongraph.ingest;

import org.springframework.modulith.ApplicationModule;
