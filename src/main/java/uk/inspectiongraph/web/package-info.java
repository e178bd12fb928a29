/** The pages: the analyst dashboard, GraphiQL and Neo4j Browser, all served from the jar. */
@ApplicationModule(displayName = "Web", allowedDependencies = "graph :: embedded")
package uk.inspectiongraph.web;

import org.springframework.modulith.ApplicationModule;
