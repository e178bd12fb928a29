/** What the whole application needs once: security, start-up and its report, stopping with the parent. */
@ApplicationModule(displayName = "System", allowedDependencies = { "graph :: embedded", "web" })
package uk.inspectiongraph.system;

import org.springframework.modulith.ApplicationModule;
