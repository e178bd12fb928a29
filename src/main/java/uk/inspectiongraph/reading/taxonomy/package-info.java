/** The theme taxonomy and the tagger that matches its phrases in a finding's text. */
@NamedInterface("taxonomy")
package uk.inspectiongraph.reading.taxonomy;

import org.springframework.modulith.NamedInterface;
