/** Writing a read document into the graph, whole or not at all, with its copies and roll-ups. */
@NamedInterface("write")
package uk.inspectiongraph.graph.write;

import org.springframework.modulith.NamedInterface;
