/** Finding and resolving the names of English local authorities in a text. */
@NamedInterface("gazetteer")
package uk.inspectiongraph.reading.gazetteer;

import org.springframework.modulith.NamedInterface;
