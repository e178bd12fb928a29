/** The command line: extract, ingest and evaluate, beside the server that is the default command. */
@ApplicationModule(displayName = "Command line", allowedDependencies = { "domain", "reading", "reading :: gazetteer",
		"reading :: taxonomy", "reading :: evaluation", "ingest" })
package uk.inspectiongraph.cli;

import org.springframework.modulith.ApplicationModule;
