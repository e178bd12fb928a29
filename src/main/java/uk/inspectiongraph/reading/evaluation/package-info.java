/** Measures the extractor against a truth file of expected facts. */
@NamedInterface("evaluation")
package uk.inspectiongraph.reading.evaluation;

import org.springframework.modulith.NamedInterface;
