/**
 * Meaning: a sentence-embedding model that turns a text into a vector, so that findings saying
 * the same thing in other words lie close together. The model runs in the process, on the CPU;
 * nothing is fetched at run time.
 */
@NamedInterface("meaning")
package uk.inspectiongraph.reading.meaning;

import org.springframework.modulith.NamedInterface;
